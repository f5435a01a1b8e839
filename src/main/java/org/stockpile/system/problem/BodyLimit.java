package org.stockpile.system.problem;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stockpile.system.Messages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a body announced as larger than allowed before it is read, with a problem+json answer: JSON bodies up to
 * {@code stockpile.http.json-max-body-size}, images (photos to decode) up to
 * {@code quarkus.http.limits.max-body-size}, which the HTTP server also enforces on bodies of unannounced length.
 */
@ApplicationScoped
public class BodyLimit {

    private final long maxJsonBytes;
    private final long maxImageBytes;
    private final ObjectMapper json;

    BodyLimit(@ConfigProperty(name = "stockpile.http.json-max-body-size") MemorySize maxJson,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody, ObjectMapper json) {
        this.maxJsonBytes = maxJson.asLongValue();
        this.maxImageBytes = maxBody.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        String contentType = String.valueOf(context.request().getHeader(HttpHeaders.CONTENT_TYPE));
        long max = contentType.startsWith("image/") ? maxImageBytes : maxJsonBytes;
        if (length == null || !length.matches("\\d{1,18}") || Long.parseLong(length) <= max) {
            context.next();
            return;
        }
        Locale locale = Messages.resolve(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        ProblemType type = ProblemType.BODY_TOO_LARGE;
        Problem problem = new Problem(type.uri(), Messages.format(locale, type.titleKey()), type.status(),
                Messages.format(locale, type.detailKey()), context.request().path(), null, List.of(), List.of());
        try {
            context.response().setStatusCode(type.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
