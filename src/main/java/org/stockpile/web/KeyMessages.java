package org.stockpile.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The key register's pages' texts ({@code keys:} in templates), in French; English in keys_en.properties. */
@MessageBundle(value = "keys", locale = "fr")
public interface KeyMessages {

    @Message("Clés")
    String nav();

    @Message("Registre des clés")
    String list_title();

    @Message("Remise d’une clé")
    String handover_title();

    @Message("Scannez la clé, puis le badge de la personne qui la reçoit. Si la politique nationale le demande, "
            + "la remise ouvre un inventaire du magasin.")
    String handover_help();

    @Message("Étiquette de la clé")
    String key_tag();

    @Message("Badge de la personne qui reçoit la clé")
    String person_tag();

    @Message("Enregistrer la remise")
    String handover_button();

    @Message("Enregistrer des clés")
    String register_title();

    @Message("Chaque exemplaire reçoit sa propre étiquette : les étiquettes s’ouvrent ensuite pour être imprimées.")
    String register_help();

    @Message("Site")
    String site();

    @Message("Ce qu’elle ouvre")
    String opens();

    @Message("Étiquette de l’emplacement qu’elle ouvre (facultatif)")
    String location_tag();

    @Message("Emplacement")
    String location();

    @Message("Nombre d’exemplaires")
    String copies();

    @Message("Enregistrer et imprimer les étiquettes")
    String register_button();

    @Message("Clés en service")
    String register_list();

    @Message("Aucune clé enregistrée.")
    String none();

    @Message("Étiquette")
    String col_tag();

    @Message("Exemplaire")
    String col_copy();

    @Message("Détenteur")
    String col_holder();

    @Message("Depuis")
    String col_since();

    @Message("Personne")
    String no_holder();

    @Message("{opens} — exemplaire {copy} — {site}")
    String title(String opens, int copy, String site);

    @Message("Retour au registre des clés")
    String back();

    @Message("Imprimer l’étiquette")
    String print_label();

    @Message("État")
    String status();

    @Message("Retirée du service")
    String retired();

    @Message("Remises")
    String handovers_title();

    @Message("Aucune remise enregistrée.")
    String no_handover();

    @Message("Date")
    String col_date();

    @Message("De")
    String col_from();

    @Message("À")
    String col_to();

    @Message("Enregistrée par")
    String col_recorded_by();

    @Message("Inventaire")
    String col_count();

    @Message("Inventaire n° {id}")
    String count_link(long id);

    @Message("Retirer la clé du service")
    String retire_title();

    @Message("Motif (perdue, détruite, serrure changée)")
    String retire_reason();

    @Message("Retirer")
    String retire_button();
}
