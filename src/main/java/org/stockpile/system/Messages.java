package org.stockpile.system;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * User-facing texts in French (the default) and English, chosen by the request's {@code Accept-Language}.
 * The texts live in {@code i18n/messages*.properties}.
 */
@ApplicationScoped
public class Messages {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final CurrentVertxRequest currentRequest;

    Messages(CurrentVertxRequest currentRequest) {
        this.currentRequest = currentRequest;
    }

    /** A message key passed as an argument of another message, to be resolved in the same language. */
    public record Key(String value) {
    }

    public String get(String key, Object... arguments) {
        return format(locale(), key, arguments);
    }

    public static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale, NO_FALLBACK);
        try {
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The best supported language for the current request; French when there is no request or no match. */
    public Locale locale() {
        RoutingContext context = currentRequest.getCurrent();
        String header = context == null ? null : context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        return resolve(header);
    }

    public static Locale resolve(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return FRENCH;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
            return match == null ? FRENCH : match;
        } catch (IllegalArgumentException malformedHeader) {
            return FRENCH;
        }
    }
}
