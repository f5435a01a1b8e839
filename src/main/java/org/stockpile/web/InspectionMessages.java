package org.stockpile.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The inspection pages' texts ({@code inspection:} in templates), in French; English in inspection_en.properties. */
@MessageBundle(value = "inspection", locale = "fr")
public interface InspectionMessages {

    @Message("Inspections")
    String nav();

    @Message("Inspections de sécurité physique")
    String list_title();

    @Message("Ouvrir une inspection")
    String open_title();

    @Message("L’inspection reprend la liste de contrôle nationale ; vous l’évaluez point par point, photos à l’appui, "
            + "puis vous la clôturez.")
    String open_help();

    @Message("Site")
    String site();

    @Message("Ouvrir l’inspection")
    String open_button();

    @Message("Suivi des actions correctives")
    String actions_title();

    @Message("Aucune inspection.")
    String none();

    @Message("N°")
    String col_id();

    @Message("État")
    String col_status();

    @Message("Inspecteur")
    String col_inspector();

    @Message("Ouverte le")
    String col_opened();

    @Message("Manquements")
    String col_failed();

    @Message("Actions ouvertes")
    String col_open_actions();

    @Message("{#when status}{#is 'OPEN'}En cours{#is 'CLOSED'}Close{/when}")
    String status(String status);

    @Message("Inspection {id} — {site}")
    String title(long id, String site);

    @Message("Retour aux inspections")
    String back();

    @Message("ouverte par {name} le {when}")
    String opened_by(String name, String when);

    @Message("close le {when}")
    String closed_on(String when);

    @Message("Région")
    String region();

    @Message("Remarques")
    String remarks();

    @Message("Rapport à imprimer (PDF)")
    String print();

    @Message("Points de contrôle")
    String items_title();

    @Message("{assessed} point(s) évalué(s) sur {total}.")
    String assessed(long assessed, int total);

    @Message("Point")
    String col_item();

    @Message("Résultat")
    String col_result();

    @Message("Gravité")
    String col_severity();

    @Message("Action corrective")
    String col_action();

    @Message("Photos")
    String col_photos();

    @Message("{#when result}{#is 'PASS'}Conforme{#is 'FAIL'}Manquement{#is 'NOT_APPLICABLE'}Sans objet"
            + "{#else}À évaluer{/when}")
    String result(String result);

    @Message("{#when severity}{#is 'LOW'}Faible{#is 'MEDIUM'}Moyenne{#is 'HIGH'}Élevée{#is 'CRITICAL'}Critique"
            + "{/when}")
    String severity(String severity);

    @Message("{#when status}{#is 'OPEN'}Ouverte{#is 'OVERDUE'}En retard{#is 'CLOSED'}Close{#else}—{/when}")
    String action_status(String status);

    @Message("Clôturer l’inspection")
    String close_title();

    @Message("Une fois close, l’inspection ne change plus ; ses actions correctives sont alors suivies jusqu’à leur "
            + "clôture.")
    String close_help();

    @Message("Clôturer")
    String close_button();

    @Message("Point {position} sur {total}")
    String item_of(int position, int total);

    @Message("Point précédent")
    String previous();

    @Message("Point suivant")
    String next();

    @Message("Retour à l’inspection")
    String back_to_inspection();

    @Message("Constat")
    String assess_title();

    @Message("Commentaire")
    String comment();

    @Message("Pour un manquement : sa gravité et l’action corrective (quoi, par qui, pour quand).")
    String failure_help();

    @Message("Ce qu’il faut faire")
    String action_description();

    @Message("Responsable (poste ou nom)")
    String action_owner();

    @Message("À faire pour le")
    String action_due();

    @Message("—")
    String no_severity();

    @Message("Enregistrer et passer au suivant")
    String assess_button();

    @Message("évalué le {when}")
    String assessed_on(String when);

    @Message("Photos du constat")
    String finding_photos();

    @Message("Photos prouvant l’action")
    String evidence_photos();

    @Message("Aucune photo.")
    String no_photo();

    @Message("Photo {number} ({purpose}), envoyée par {by}")
    String photo_alt(int number, String purpose, String by);

    @Message("{#when purpose}{#is 'FINDING'}constat{#is 'EVIDENCE'}preuve{/when}")
    String purpose(String purpose);

    @Message("Prendre ou choisir une photo (JPEG ou PNG)")
    String photo_label();

    @Message("Envoyer la photo")
    String photo_button();

    @Message("Empreinte SHA-256")
    String sha256();

    @Message("Suivi de l’action corrective")
    String follow_title();

    @Message("Joignez d’abord au moins une photo de ce qui a été fait, puis clôturez l’action.")
    String follow_help();

    @Message("Ce qui a été fait")
    String closure_note();

    @Message("Clôturer l’action")
    String close_action_button();

    @Message("Action close par {name} le {when} : {note}")
    String action_closed(String name, String when, String note);

    @Message("Due le {due}, confiée à {owner}")
    String action_due_to(String due, String owner);

    @Message("Actions ouvertes et en retard")
    String summary_title();

    @Message("Au {day}.")
    String summary_on(String day);

    @Message("Aucune action corrective en attente.")
    String summary_none();

    @Message("Ouvertes")
    String col_open();

    @Message("Dont en retard")
    String col_overdue();

    @Message("Par région")
    String by_region();

    @Message("Par site")
    String by_site();

    @Message("Actions")
    String list_actions();

    @Message("Afficher")
    String filter_label();

    @Message("{#when status}{#is 'OPEN'}Ouvertes, pas encore dues{#is 'OVERDUE'}En retard{#is 'CLOSED'}Closes"
            + "{#else}Non closes{/when}")
    String filter(String status);

    @Message("Filtrer")
    String filter_button();

    @Message("Aucune action.")
    String no_action();

    @Message("Échéance")
    String col_due();

    @Message("Responsable")
    String col_owner();
}
