package org.stockpile.system;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
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
    /** Where the pages remember the language a person chose. */
    public static final String LANGUAGE_COOKIE = "stockpile-lang";
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

    /** The text of {@code key} in {@code locale}; arguments that are themselves keys are written in it too. */
    public static String format(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale, NO_FALLBACK);
        Object[] resolved = Arrays.stream(arguments)
                .map(argument -> argument instanceof Key named ? format(locale, named.value()) : argument).toArray();
        try {
            return new MessageFormat(bundle.getString(key), locale).format(resolved);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /**
     * The language of the current request: the one a person chose on the pages (a cookie the pages set), else the
     * best supported one its {@code Accept-Language} asks for; French when there is no request or no match.
     */
    public Locale locale() {
        RoutingContext context = currentRequest.getCurrent();
        if (context == null) {
            return FRENCH;
        }
        Cookie chosen = context.request().getCookie(LANGUAGE_COOKIE);
        Locale language = chosen == null ? null : supported(chosen.getValue());
        return language != null ? language : resolve(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The supported language of this code ({@code fr}, {@code en}), or null. */
    public static Locale supported(String code) {
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(code)).findFirst().orElse(null);
    }

    /** The supported language of this code, French (the national language) when there is none. */
    public static Locale supportedOrFrench(String code) {
        Locale locale = supported(code);
        return locale == null ? FRENCH : locale;
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
