package org.stockpile.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The loss report pages' texts ({@code loss:} in templates), in French; English in loss_en.properties. */
@MessageBundle(value = "loss", locale = "fr")
public interface LossMessages {

    @Message("Pertes et vols")
    String nav();

    @Message("Déclarations de perte et de vol")
    String list_title();

    @Message("Déclarer une perte ou un vol")
    String file_title();

    @Message("Déclarez sans attendre les armes et les munitions perdues : leur sortie du registre attend ensuite "
            + "l’approbation d’une seconde personne.")
    String file_help();

    @Message("Nature")
    String kind();

    @Message("{#when kind}{#is 'LOSS'}Perte{#is 'THEFT'}Vol{/when}")
    String kind_name(String kind);

    @Message("Étiquettes des armes (une par ligne, ou scannées à la suite)")
    String weapons_label();

    @Message("Munitions : une ligne par lot, son étiquette et la quantité perdue (ex. A00000VS 120), et l’étiquette "
            + "de l’emplacement s’il y a lieu")
    String lots_label();

    @Message("Découverte le")
    String discovered_on();

    @Message("Dernière vérification le (facultatif)")
    String last_verified_on();

    @Message("Lieu (facultatif)")
    String place();

    @Message("Circonstances")
    String circumstances();

    @Message("Référence de police (facultatif)")
    String police_reference();

    @Message("Déclarer")
    String file_button();

    @Message("Aucune déclaration.")
    String none();

    @Message("N°")
    String number();

    @Message("Site")
    String site();

    @Message("Armes")
    String weapons();

    @Message("Lots")
    String lots();

    @Message("Déclarée par")
    String reported_by();

    @Message("Enquête")
    String investigation();

    @Message("{#when status}{#is 'OPEN'}Ouverte{#is 'UNDER_INVESTIGATION'}En cours{#is 'CLOSED'}Close{/when}")
    String investigation_name(String status);

    @Message("{#when approval}{#is 'AWAITING_SECOND_PERSON'}En attente d’une seconde personne"
            + "{#is 'CARRIED_OUT'}Inscrite au registre{#is 'REJECTED'}Rejetée{#is 'WITHDRAWN'}Retirée{/when}")
    String approval_name(String approval);

    @Message("{kind} n° {id} — {site}")
    String title(String kind, long id, String site);

    @Message("Retour aux déclarations")
    String back();

    @Message("Au registre")
    String approval();

    @Message("Déclarée le")
    String reported_at();

    @Message("Inventaire")
    String stocktake();

    @Message("Inventaire n° {id}")
    String stocktake_link(long id);

    @Message("Armes déclarées")
    String weapons_title();

    @Message("Munitions déclarées")
    String lots_title();

    @Message("Lot")
    String col_lot();

    @Message("Quantité")
    String col_quantity();

    @Message("Événements du registre (munitions)")
    String ammunition_events_title();

    @Message("Étiquette")
    String col_tag();

    @Message("Arme")
    String col_weapon();

    @Message("Numéro de série")
    String col_serial();

    @Message("État")
    String col_state();

    @Message("Retrouvée")
    String col_recovered();

    @Message("Suivi de l’enquête")
    String entries_title();

    @Message("Date")
    String col_date();

    @Message("Par")
    String col_by();

    @Message("Note")
    String col_note();

    @Message("Nouvelle étape")
    String entry_title();

    @Message("Pour clore l’enquête, indiquez son issue dans la note.")
    String entry_help();

    @Message("Enregistrer l’étape")
    String entry_button();

    @Message("Événements du registre")
    String events_title();

    @Message("Séq.")
    String col_seq();

    @Message("Approuvée par")
    String col_approved_by();

    @Message("Déclarer perdues")
    String escalate_button();

    @Message("Nature de la déclaration")
    String escalate_kind();

    @Message("déclaration n° {id}")
    String report_link(long id);
}
