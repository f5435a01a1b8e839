package org.stockpile.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The pages' texts, in French (the default language); English in {@code messages/web_en.properties}. */
@MessageBundle(value = "web", locale = "fr")
public interface WebMessages {

    /** The page's language, as its {@code lang} attribute says it. */
    @Message("fr")
    String lang();

    @Message("Stockpile")
    String app_name();

    @Message("Aller au contenu")
    String skip_to_content();

    @Message("Navigation principale")
    String nav_label();

    @Message("Accueil")
    String nav_home();

    @Message("Guichet")
    String nav_counter();

    /** The language the switch offers, and its name in that language. */
    @Message("en")
    String other_lang();

    @Message("English")
    String other_lang_name();

    @Message("Retour à l’accueil")
    String back_home();

    @Message("Connecté en tant que {name}")
    String signed_in_as(String name);

    @Message("Rôles")
    String roles();

    @Message("Aucun rôle")
    String no_role();

    @Message("Périmètre")
    String scope();

    @Message("national")
    String scope_national();

    @Message("sites :")
    String scope_sites();

    @Message("régions :")
    String scope_regions();

    @Message("aucun site")
    String scope_none();

    @Message("Se déconnecter")
    String sign_out();

    @Message("{#when role}{#is 'clerk'}magasinier{#is 'inspector'}inspecteur{#is 'trainer'}formateur{#is "
            + "'commander'}commandant{#is 'admin'}administrateur{/when}")
    String role(String role);

    @Message("Guichet de l’armurerie")
    String counter_title();

    @Message("Code scanné")
    String scan_label();

    @Message("Scannez ou tapez un code puis Entrée : badge, arme, emplacement.")
    String scan_help();

    @Message("Opération")
    String operation_legend();

    @Message("Scans")
    String lines_title();

    @Message("Retirer la dernière ligne")
    String remove_last();

    @Message("Ce qui sera fait")
    String plan_title();

    @Message("Opération déduite des scans :")
    String plan_suggested();

    @Message("{count} arme{#if count > 1}s{/if}")
    String plan_weapons(int count);

    @Message("à {name}")
    String plan_to(String name);

    @Message("vers {place}")
    String plan_at(String place);

    @Message("{code} est {state} : cette opération n’est pas possible pour elle.")
    String plan_blocked(String code, String state);

    @Message("Scannez un badge, des armes ou un emplacement.")
    String plan_empty();

    @Message("Choisissez l’opération.")
    String plan_choose();

    @Message("Précisions")
    String details_legend();

    @Message("Site de destination (expédition)")
    String destination_label();

    @Message("Motif (perte, vol, réparation, destruction)")
    String reason_label();

    @Message("Méthode de destruction")
    String method_label();

    @Message("Témoins de la destruction")
    String witnesses_label();

    @Message("Référence (bon, procès-verbal, plainte)")
    String reference_label();

    @Message("Confirmer")
    String confirm();

    @Message("perçue par {name}")
    String held_by(String name);

    @Message("Badge")
    String badge();

    @Message("Emplacement")
    String location();

    @Message("Fait")
    String outcome_done();

    @Message("En attente d’une seconde personne")
    String outcome_pending();

    @Message("Un commandant, un inspecteur ou un autre magasinier ayant {site} dans son périmètre doit "
            + "l’approuver dans la file des approbations ; vous ne pouvez pas l’approuver vous-même.")
    String outcome_pending_who(String site);

    @Message("Refusé : rien n’a été enregistré")
    String outcome_refused();

    @Message("Le service a refusé ou n’a pas pu répondre : rien n’a été modifié.")
    String request_failed();

    @Message("Le service ne répond pas : vérifiez la connexion. Confirmer à nouveau ne "
            + "l’enregistrera qu’une fois.")
    String unreachable();

    @Message("Échap")
    String escape_key();

    @Message("Ctrl+Entrée")
    String confirm_key();

    @Message("Approbations")
    String nav_approvals();

    @Message("Opérations en attente d’une seconde personne")
    String approvals_title();

    @Message("Demandée par {name} le {when}.")
    String requested_by(String name, String when);

    @Message("{#when status}{#is 'APPROVED'}Approuvée : l’opération est enregistrée.{#is 'REJECTED'}Rejetée."
            + "{#is 'WITHDRAWN'}Retirée par son auteur.{/when}")
    String decided(String status);

    @Message("Votre demande : une autre personne doit l’approuver. Vous pouvez la retirer tant qu’elle attend.")
    String approvals_yours();

    @Message("Retirer ma demande")
    String withdraw();

    @Message("Approuver")
    String approve();

    @Message("Motif du rejet")
    String reject_reason();

    @Message("Demande de dérogation : la certification requise manque. Seul un commandant peut l’approuver, en "
            + "donnant son motif.")
    String override_asked();

    @Message("Motif de la dérogation (commandant)")
    String override_reason();

    @Message("Demander une dérogation à un commandant")
    String override_offer();

    @Message("Rien n’est enregistré. Si l’opération ne peut attendre, un commandant peut l’autoriser malgré la "
            + "certification manquante : la demande lui est soumise avec ce qui manque, et sa décision est gardée "
            + "dans l’historique.")
    String override_offer_help();

    @Message("Elle attend qu’un commandant l’autorise malgré la certification manquante.")
    String outcome_override_waits();

    @Message("Rejeter")
    String reject();

    @Message("Armes")
    String nav_weapons();

    @Message("Étiquettes")
    String nav_labels();

    @Message("Armes")
    String weapons_title();

    @Message("Numéro de série ou modèle")
    String weapons_search_label();

    @Message("Rechercher")
    String search();

    @Message("{count} résultat{#if count > 1}s{/if}")
    String results_count(long count);

    @Message("Code")
    String tag();

    @Message("Modèle")
    String model();

    @Message("Numéros de série")
    String serials();

    @Message("Site")
    String site();

    @Message("État")
    String state();

    @Message("Pages de résultats")
    String pages();

    @Message("Précédents")
    String previous();

    @Message("Suivants")
    String next();

    @Message("Détenteur")
    String holder();

    @Message("Identification")
    String identity();

    @Message("Imprimer son étiquette")
    String print_label();

    @Message("Historique")
    String history();

    @Message("par {name}")
    String event_by(String name);

    @Message("approuvé par {name}")
    String event_approved_by(String name);

    @Message("Imprimer des étiquettes")
    String labels_title();

    @Message("Codes à imprimer (un par ligne, scannés ou tapés)")
    String labels_codes();

    @Message("Armes, badges, emplacements ou lots : 1 000 étiquettes au plus.")
    String labels_codes_help();

    @Message("Support")
    String labels_sheet();

    @Message("{#when sheet}{#is 'A4'}Planche A4 de 24 étiquettes (70 × 37 mm){#is 'THERMAL_50X25'}Rouleau "
            + "thermique 50 × 25 mm{/when}")
    String sheet(String sheet);

    @Message("Symbole")
    String labels_symbology();

    @Message("{#when symbology}{#is 'QR'}QR code{#is 'DATA_MATRIX'}Data Matrix{#is 'CODE_128'}Code 128 (lecteurs "
            + "linéaires){/when}")
    String symbology(String symbology);

    @Message("Créer le PDF")
    String labels_print();

    @Message("Imprimer leurs étiquettes")
    String print_labels_of();

    @Message("Ouvrir le guichet")
    String open_counter();

    @Message("Mouvements d’armes aujourd’hui")
    String movements_today();

    @Message("Aucun mouvement aujourd’hui.")
    String movements_none();

    @Message("{#if count == 0}Aucune opération en attente d’approbation.{#else}{count} opération{#if count > "
            + "1}s{/if} en attente d’approbation.{/if}")
    String waiting_count(long count);

    @Message("Armes des sites, par état")
    String sites_inventory();

    @Message("Munitions")
    String nav_ammunition();

    @Message("Guichet des munitions")
    String ammunition_title();

    @Message("Lot scanné")
    String lot_scan_label();

    @Message("Scannez ou tapez le code d’un lot puis Entrée, puis la quantité comptée et Entrée.")
    String lot_scan_help();

    @Message("Lots")
    String lots_title();

    @Message("Quantité")
    String quantity_label();

    @Message("Badge du destinataire")
    String person_label();

    @Message("ou code de l’unité")
    String unit_label();

    @Message("Site d’origine (réception de transfert)")
    String origin_label();

    @Message("{count} lot{#if count > 1}s{/if}")
    String lots_count(int count);

    @Message("Une autre personne ayant ce site dans son périmètre doit l’approuver dans la file des approbations.")
    String outcome_pending_site();

    @Message("Photo de codes (râtelier, étiquettes)")
    String photo_label();

    @Message("Aucun code trouvé sur la photo : rapprochez-vous, ou scannez les étiquettes une à une.")
    String photo_none();

    @Message("Scanner avec la caméra")
    String camera_start();

    @Message("Arrêter la caméra")
    String camera_stop();

    @Message("La caméra n'a pas pu être ouverte : autorisez-la dans le navigateur, ou envoyez une photo.")
    String camera_unavailable();

    @Message("Matricule")
    String service_number();

    @Message("Armes détenues")
    String holdings();

    @Message("Aucune arme détenue.")
    String holdings_none();

    @Message("Armes du site, par état")
    String site_counts();

    @Message("Perçues")
    String issued_out();

    @Message("En transit vers un autre site")
    String in_transit_out();

    @Message("En transit vers ce site")
    String in_transit_in();

    @Message("Aucune.")
    String none();

    @Message("Rapports")
    String nav_reports();

    @Message("Rapports sur les munitions")
    String reports_title();

    @Message("NEQ par dépôt et division de risque, face à la licence")
    String report_neq();

    @Message("Division de risque")
    String hazard_division();

    @Message("Stocké (kg NEQ)")
    String neq_held();

    @Message("Compté comme (kg NEQ)")
    String neq_counted();

    @Message("Limite (kg)")
    String neq_limit();

    @Message("Marge (kg)")
    String neq_headroom();

    @Message("Lots qui expirent dans les 90 jours (ou expirés)")
    String report_expiring();

    @Message("Surveillance due dans les 30 jours (ou en retard)")
    String report_surveillance();

    @Message("Lots restreints")
    String report_restricted();

    @Message("Soldes de chaque lot par site")
    String report_balances();

    @Message("Lot")
    String lot();

    @Message("Article · numéro de lot")
    String item();

    @Message("Date")
    String date();

    @Message("Jours restants")
    String days_left();

    @Message("Registre")
    String nav_ledger();

    @Message("Vérifier le registre des mouvements")
    String ledger_title();

    @Message("Chaque mouvement est chaîné au précédent du même site par son empreinte : la vérification refait "
            + "chaque chaîne et signale toute suppression, insertion ou modification.")
    String ledger_help();

    @Message("Tous les sites")
    String ledger_every_site();

    @Message("Vérifier")
    String ledger_verify();

    @Message("Registre intact")
    String ledger_intact();

    @Message("{count} rupture{#if count > 1}s{/if} dans le registre")
    String ledger_broken(long count);

    @Message("{sites} site{#if sites > 1}s{/if}, {events} mouvement{#if events > 1}s{/if} vérifiés.")
    String ledger_checked(int sites, long events);

    @Message("N° dans la chaîne")
    String ledger_seq();

    @Message("Rupture")
    String ledger_problem();

    @Message("Constatée par")
    String ledger_found_by();

    @Message("nouvelle")
    String ledger_new();

    @Message("{#when problem}{#is 'SEQUENCE_GAP'}mouvements retirés ou insérés{#is 'PREVIOUS_HASH_MISMATCH'}lien "
            + "avec le précédent rompu{#is 'CONTENT_CHANGED'}mouvement modifié{#is 'HEAD_MISMATCH'}fin de chaîne "
            + "retirée{/when}")
    String ledger_problem_name(String problem);

    @Message("Imprimer les étiquettes de ces armes")
    String print_these_labels();

    @Message("Afficher le stock")
    String show_stock();

    @Message("En magasin")
    String on_hand();

    @Message("Vérifier le registre des mouvements")
    String verify_ledger();

    @Message("Rapports sur les munitions")
    String open_reports();

    @Message("Vérification d’un certificat")
    String verification_title();

    @Message("Certificat {number}")
    String verification_number(String number);

    @Message("{#when status}{#is 'VALID'}Valide{#is 'EXPIRED'}Expiré{#is 'REVOKED'}Retiré{#else}Pas encore valide"
            + "{/when}")
    String verification_status(String status);

    @Message("Aucun certificat ne porte ce numéro et ce code de vérification.")
    String verification_unknown();

    @Message("Titulaire")
    String verification_holder();

    @Message("Formation")
    String verification_course();

    @Message("Valide du {issuedOn} au {validThrough}")
    String verification_validity(String issuedOn, String validThrough);

    @Message("Situation au {day}")
    String verification_on(String day);

    @Message("Formation")
    String nav_training();

    @Message("Formation et certification")
    String training_title();

    @Message("Sessions")
    String training_sessions();

    @Message("Mes sessions")
    String training_my_sessions();

    @Message("Toutes les sessions")
    String training_all_sessions();

    @Message("Cours")
    String training_course();

    @Message("Lieu")
    String training_place();

    @Message("Dates")
    String training_dates();

    @Message("Inscrits")
    String training_enrolled();

    @Message("État")
    String training_status();

    @Message("{#when status}{#is 'OPEN'}Ouverte{#is 'CLOSED'}Clôturée{#is 'CANCELLED'}Annulée{/when}")
    String session_status(String status);

    @Message("Nouvelle session")
    String training_new_session();

    @Message("Ou région (session tenue hors d’un site)")
    String training_region_only();

    @Message("Choisir un site, ou une région seulement.")
    String training_region_help();

    @Message("Premier jour")
    String training_starts();

    @Message("Dernier jour")
    String training_ends();

    @Message("Places")
    String training_capacity();

    @Message("Créer la session")
    String training_create();

    @Message("Catalogue national des cours")
    String training_catalogue();

    @Message("Durée")
    String training_length();

    @Message("Validité du certificat")
    String training_validity();

    @Message("Autorise")
    String training_authorises();

    @Message("{count} jour{#if count > 1}s{/if}")
    String days_count(int count);

    @Message("{count} mois")
    String months_count(int count);

    @Message("Formateurs")
    String training_trainers();

    @Message("clôturée par {name} le {when}")
    String closed_by(String name, String when);

    @Message("Feuille de présence à signer (PDF)")
    String training_attendance_sheet();

    @Message("Inscrire un stagiaire")
    String training_enrol();

    @Message("Badge du stagiaire")
    String training_badge();

    @Message("Inscrire")
    String training_enrol_button();

    @Message("Scanner le badge (ou saisir son code) : le champ reste prêt pour le badge suivant.")
    String training_badge_help();

    @Message("Présences")
    String training_attendance();

    @Message("Jour")
    String training_day();

    @Message("Afficher ce jour")
    String training_show_day();

    @Message("Présents le {day} (les autres sont notés absents)")
    String training_present_on(String day);

    @Message("pas encore noté")
    String training_not_marked();

    @Message("Enregistrer les présences du jour")
    String training_record_attendance();

    @Message("Stagiaires et résultats")
    String training_trainees();

    @Message("Stagiaire")
    String training_trainee();

    @Message("Jours présents")
    String training_days_present();

    @Message("Résultat")
    String training_result();

    @Message("Certificat")
    String training_certificate();

    @Message("{#when outcome}{#is 'PASSED'}Reçu{#is 'FAILED'}Ajourné{/when}")
    String outcome(String outcome);

    @Message("Note (sur 100)")
    String training_score();

    @Message("Résultat")
    String training_outcome();

    @Message("Observations")
    String training_remarks();

    @Message("Motif de la correction")
    String training_correction_reason();

    @Message("Corriger")
    String training_correct();

    @Message("Enregistrer")
    String training_record_result();

    @Message("Clôture")
    String training_close_title();

    @Message("La clôture délivre les certificats des stagiaires reçus ; ensuite, un résultat ne "
            + "change que par une correction motivée.")
    String training_close_help();

    @Message("Clôturer la session")
    String training_close();

    @Message("Motif de l’annulation")
    String training_cancel_reason();

    @Message("Annuler la session")
    String training_cancel();

    @Message("Dossier de formation : {name}")
    String record_title(String name);

    @Message("Certificats")
    String record_certificates();

    @Message("Validité")
    String record_valid();

    @Message("Imprimer")
    String record_print();

    @Message("{#when status}{#is 'VALID'}Valide{#is 'EXPIRED'}Expiré{#is 'REVOKED'}Retiré{#is "
            + "'NOT_YET_VALID'}Pas encore valide{/when}")
    String certificate_status(String status);

    @Message("Motif du retrait")
    String record_revoke_reason();

    @Message("Retirer le certificat")
    String record_revoke();

    @Message("Sessions suivies")
    String record_sessions();

    @Message("Corrections")
    String record_corrections();

    @Message("Dossier de formation")
    String training_record_link();

    @Message("Rapports de formation")
    String training_reports_title();

    @Message("Personnes formées")
    String report_trained();

    @Message("{count} personnes ont réussi au moins une session clôturée.")
    String report_trained_total(long count);

    @Message("Personnes formées par région et par année (barres par région, une couleur par année ; "
            + "chiffres dans le tableau ci-dessous).")
    String report_trained_chart();

    @Message("Par région et par année")
    String report_trained_by_region_year();

    @Message("Par force (de la personne)")
    String report_trained_by_force();

    @Message("Par cours")
    String report_trained_by_course();

    @Message("Région")
    String region();

    @Message("Année")
    String year();

    @Message("Force")
    String force();

    @Message("Personnes")
    String persons();

    @Message("Certificats expirant dans les {days} jours")
    String report_certificates_expiring(int days);

    @Message("Dans les")
    String report_window();

    @Message("Afficher")
    String show();

    @Message("Quand")
    String when();

    @Message("Opération")
    String operation();

    @Message("Demandée par, autorisée par")
    String report_override_who();

    @Message("{requester}, autorisée par {approver}")
    String report_override_by(String requester, String approver);

    @Message("Certification manquante")
    String report_override_lacking();

    @Message("Opérations autorisées par dérogation malgré une certification manquante")
    String report_overrides();

    @Message("Rapports de formation")
    String training_reports_link();

    @Message("Somme des années")
    String total();

    @Message("Dérogation accordée malgré une certification manquante : {reason}")
    String event_override(String reason);

    @Message("L’opération exige une certification qui manque :")
    String certification_lacking();

    @Message("Ou chercher la personne (nom, matricule)")
    String training_search_person();

    @Message("Inscrire {given} {family}")
    String training_enrol_person(String given, String family);

    @Message("Inventaires")
    String nav_stocktakes();
}
