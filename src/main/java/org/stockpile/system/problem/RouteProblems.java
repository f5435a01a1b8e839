package org.stockpile.system.problem;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.stockpile.system.Messages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem answers given at the HTTP level, outside the REST resources and their exception mappers: the request
 * guard's refusals, and any failure of a route that nothing else answered, which would otherwise reach the client
 * in the framework's own format. As in the mappers, an unexpected failure is logged with an incident id that the
 * answer carries, and nothing of it (message, stack, SQL) is sent.
 */
@ApplicationScoped
public class RouteProblems {

    private static final Logger LOG = Logger.getLogger(RouteProblems.class);

    private final ObjectMapper json;

    RouteProblems(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        // First among failure handlers: a failure with a status of its own (a refused body, say) is left to the
        // handler that set it.
        router.route().order(Integer.MIN_VALUE).failureHandler(this::unexpected);
    }

    private void unexpected(RoutingContext context) {
        boolean unanswered = context.statusCode() == -1 || context.statusCode() == ProblemType.INTERNAL_ERROR.status();
        // The browser sign-in redirects by failing (to the provider, back to the page; and to the login again when
        // a session cookie cannot be read): the security layer answers those.
        boolean signIn = context.failure() instanceof AuthenticationRedirectException
                || context.failure() instanceof AuthenticationFailedException;
        if (!unanswered || signIn || context.response().ended() || context.response().headWritten()) {
            context.next();
            return;
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(context.failure(), "Incident %s on %s", incident, context.request().path());
        respond(context, false, ProblemType.INTERNAL_ERROR, "problem.internal-error.detail", incident);
    }

    /** Answers with a problem of {@code type}; {@code close} asks the client to open a new connection after it. */
    void respond(RoutingContext context, boolean close, ProblemType type, String detailKey, Object... arguments) {
        Locale locale = Messages.resolve(context.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Problem problem = new Problem(type.uri(), Messages.format(locale, type.titleKey()), type.status(),
                Messages.format(locale, detailKey, arguments), context.request().path(), null, List.of(), List.of());
        try {
            context.response().setStatusCode(type.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
            if (close) {
                context.response().putHeader(HttpHeaders.CONNECTION, "close");
            }
            context.response().end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
