package org.stockpile.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The pages' texts, in French (the default language); English in {@code messages/web_en.properties}. */
@MessageBundle(value = "web", locale = "fr")
public interface WebMessages {

    /** The page's language, as its {@code lang} attribute says it. */
    @Message("fr")
    String lang();

    @Message("Stockpile — gestion des stocks d’armes et de munitions")
    String app_title();

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

    @Message("{#when role}{#is 'clerk'}magasinier{#is 'inspector'}inspecteur{#is 'trainer'}formateur"
            + "{#is 'commander'}commandant{#is 'admin'}administrateur{/when}")
    String role(String role);
}
