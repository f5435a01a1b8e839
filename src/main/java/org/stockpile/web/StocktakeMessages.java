package org.stockpile.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The stocktake pages' texts ({@code stocktake:} in templates), in French; English in stocktake_en.properties. */
@MessageBundle(value = "stocktake", locale = "fr")
public interface StocktakeMessages {

    @Message("Inventaires")
    String list_title();

    @Message("Inventaires dans votre périmètre")
    String list_list();

    @Message("Ouvrir un inventaire")
    String open_title();

    @Message("Site")
    String site();

    @Message("Un seul emplacement (étiquette, facultatif)")
    String location_tag();

    @Message("Étendue")
    String scope();

    @Message("{#when scope}{#is 'FULL'}Complet{#is 'SAMPLE'}Par échantillon{/when}")
    String scope_name(String scope);

    @Message("Ouvrir l’inventaire")
    String open_button();

    @Message("Aucun inventaire.")
    String none();

    @Message("N°")
    String number();

    @Message("Ouvert")
    String opened();

    @Message("État")
    String state();

    @Message("{#when status}{#is 'OPEN'}Ouvert{#is 'CLOSED'}Clôturé{/when}")
    String status(String status);

    @Message("Inventaire {id} — {site}")
    String title(long id, String site);

    @Message("Résultats de l’inventaire {id} — {site}")
    String findings_of(long id, String site);

    @Message("ouvert par {name} le {when}")
    String opened_by(String name, String when);

    @Message("clôturé par {name} le {when}")
    String closed_by(String name, String when);

    @Message("Mouvements pendant le comptage")
    String movements_label();

    @Message("{#when movements}{#is 'FROZEN'}Gelés jusqu’à la clôture{#is 'RECORDED'}Enregistrés, et pris en "
            + "compte dans les résultats{/when}")
    String movements(String movements);

    @Message("Résultats")
    String findings_title();

    @Message("Retour au comptage")
    String back_to_count();

    @Message("Compter")
    String count_title();

    @Message("Comptage à l’aveugle : scannez l’étiquette de l’emplacement où vous êtes, puis chaque arme ; pour "
            + "un lot, son étiquette et la quantité comptée. Seuls les totaux s’affichent.")
    String blind_help();

    @Message("Emplacement où vous êtes (étiquette)")
    String location_label();

    @Message("Étiquette de l’arme")
    String scan_label();

    @Message("Enregistrer l’arme")
    String scan_button();

    @Message("Étiquette du lot")
    String lot_label();

    @Message("Quantité comptée")
    String quantity_label();

    @Message("Enregistrer le lot")
    String lot_button();

    @Message("Où en est le comptage")
    String progress_title();

    @Message("{count} arme(s) scannée(s)")
    String weapons_scanned(long count);

    @Message("{count} lot(s) compté(s)")
    String lots_counted(long count);

    @Message("{count} scan(s) de votre part")
    String your_scans(long count);

    @Message("Compteurs")
    String counters();

    @Message("Compteur")
    String counter();

    @Message("Armes scannées")
    String scans();

    @Message("Lots comptés")
    String lot_counts();

    @Message("Dernier comptage")
    String last();

    @Message("Concordance avec le registre")
    String agreement();

    @Message("{agreeing} enregistrements sur {records} ({percent} %)")
    String match(int agreeing, int records, String percent);

    @Message("atteint le seuil de {percent} %")
    String threshold_met(String percent);

    @Message("sous le seuil de {percent} % : donnez les causes et la mesure corrective à la clôture")
    String threshold_missed(String percent);

    @Message("Empreinte SHA-256 des résultats conservés")
    String hash();

    @Message("Constats")
    String categories();

    @Message("{#when category}{#is 'FOUND'}Trouvé où le registre le place{#is 'MOVED'}Trouvé à un autre "
            + "emplacement{#is 'MISSING'}Manquant{#is 'UNEXPECTED'}Inattendu (pas au registre du site){#is "
            + "'CONTRADICTS'}Contredit le registre{#is 'ACCOUNTED'}Expliqué par un mouvement depuis "
            + "l’ouverture{#is 'QUANTITY_DIFFERS'}Quantité différente{/when}")
    String category(String category);

    @Message("Constat")
    String col_category();

    @Message("Nombre")
    String col_count();

    @Message("Rien à signaler : tout ce qui a été compté est où le registre le place.")
    String no_discrepancy();

    @Message("Armes")
    String weapons();

    @Message("Lots de munitions")
    String lots();

    @Message("Choisir")
    String col_select();

    @Message("Choisir {tag}")
    String select(String tag);

    @Message("Étiquette")
    String col_tag();

    @Message("Arme")
    String col_weapon();

    @Message("Lot")
    String col_lot();

    @Message("Au registre")
    String col_book();

    @Message("Trouvé à")
    String col_found();

    @Message("Compté")
    String col_counted();

    @Message("Écart")
    String col_difference();

    @Message("Explication")
    String col_explanation();

    @Message("recompte {round}")
    String recount_round(int round);

    @Message("Explication des écarts choisis (pour une déclaration de perte : les circonstances)")
    String explanation_label();

    @Message("Expliquer")
    String explain_button();

    @Message("Faire recompter")
    String recount_button();

    @Message("Clôturer")
    String close_title();

    @Message("Une autre personne que celle qui a ouvert l’inventaire le clôture, une fois chaque écart expliqué.")
    String close_help();

    @Message("Remarques de clôture")
    String remarks_label();

    @Message("Clôturer l’inventaire")
    String close_button();

    @Message("Sites à inventorier : en retard ou jamais inventoriés")
    String late_title();

    @Message("Inventaire dû")
    String late_count();

    @Message("tous les {months} mois")
    String late_every(long months);

    @Message("Dernier inventaire")
    String late_last();

    @Message("jamais")
    String late_never();

    @Message("Échéance")
    String late_due();

    @Message("en retard")
    String late_overdue();

    @Message("Procès-verbal à imprimer et signer (PDF)")
    String print();

    @Message("Corriger le registre")
    String correct_button();

    @Message("« Corriger le registre » déplace chaque arme cochée là où elle a été trouvée et ajuste chaque lot coché "
            + "de l’écart compté, avec l’explication pour motif ; une deuxième personne du site l’approuve.")
    String correct_help();
}
