package org.stockpile.web;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.stockpile.custody.OperationType;
import org.stockpile.security.CurrentUser;
import org.stockpile.system.Messages;
import org.stockpile.weapon.Weapon;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;

/**
 * What every page needs besides its own data: who is signed in, in which language, and the form token its forms
 * send back. Templates read it as {@code inject:page}.
 */
@Named("page")
@RequestScoped
public class PageContext {

    private final CurrentUser user;
    private final Messages messages;
    private final FormToken formTokens;
    private final CurrentVertxRequest request;
    private String formToken;
    private boolean newFormToken;

    PageContext(CurrentUser user, Messages messages, FormToken formTokens, CurrentVertxRequest request) {
        this.user = user;
        this.messages = messages;
        this.formTokens = formTokens;
        this.request = request;
    }

    public String userName() {
        return user.name();
    }

    public boolean hasRole(String role) {
        return user.hasRole(role);
    }

    public Locale locale() {
        return messages.locale();
    }

    /** {@code template} in the person's language. */
    public TemplateInstance localized(TemplateInstance template) {
        return template.setLocale(locale());
    }

    /** A weapon's state in the person's language. */
    public String state(Weapon.State state) {
        return messages.get("state." + state.name());
    }

    /** A custody operation's name in the person's language. */
    public String operation(OperationType operation) {
        return messages.get("operation." + operation.name());
    }

    /** The page's language as its {@code lang} attribute says it. */
    public String lang() {
        return locale().getLanguage();
    }

    /** The address of the page being answered, to come back to after switching language. */
    public String path() {
        return request.getCurrent().request().path();
    }

    /** The token this person's forms send back: the one their browser holds, or a new one when it holds none. */
    public String formToken() {
        if (formToken == null) {
            Cookie cookie = request.getCurrent().request().getCookie(FormToken.COOKIE);
            String held = cookie == null ? null : cookie.getValue();
            if (formTokens.isValidFor(user.name(), held)) {
                formToken = held;
            } else {
                formToken = formTokens.issue(user.name());
                newFormToken = true;
            }
        }
        return formToken;
    }

    /** The token given on this answer that the browser does not hold yet, if any. */
    String newFormToken() {
        return newFormToken ? formToken : null;
    }
}
