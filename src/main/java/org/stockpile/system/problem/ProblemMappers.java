package org.stockpile.system.problem;

import java.sql.SQLException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.stockpile.system.Messages;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure into an RFC 9457 problem in the caller's language. Nothing internal (stack traces, class
 * names, SQL) reaches the client: unexpected failures are logged with an incident id that the answer carries.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int RETRY_AFTER_SECONDS = 5;
    /** Where the browser pages are: they sign a person in rather than refuse them. */
    public static final String PAGES = "/app";
    /** Quarkus OIDC's session cookies are named from this prefix (and the tenant). */
    private static final String SESSION_COOKIE = "q_session";

    private final Messages messages;

    ProblemMappers(Messages messages) {
        this.messages = messages;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        List<Problem.ItemError> items = e.items().stream()
                .map(item -> new Problem.ItemError(item.tag(),
                        messages.get(item.detailKey(), item.arguments()), item.state(), item.holder()))
                .toList();
        Response problem = respond(e.type(), uri, e.field(), messages.get(e.detailKey(), e.arguments()),
                List.of(), items);
        return e.type() == ProblemType.SERVICE_UNAVAILABLE ? retryLater(problem) : problem;
    }

    private static Response retryLater(Response problem) {
        return Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(ProblemType.VALIDATION_FAILED, uri, null,
                messages.get("problem.validation-failed.detail", errors.size()), errors);
    }

    // Each Jackson failure is named so that these win over the framework's own mappers for the same types.
    @ServerExceptionMapper({ JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class,
            ValueInstantiationException.class })
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return malformed(e, uri);
    }

    @ServerExceptionMapper({ AuthenticationFailedException.class, AuthenticationCompletionException.class,
            UnauthorizedException.class })
    public Response unauthenticated(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return isPage(uri) ? signInAgain(uri, headers) : unauthenticatedResponse(uri);
    }

    private static boolean isPage(UriInfo uri) {
        return isPage(uri.getPath());
    }

    /** Whether {@code path} is one of the browser pages' addresses. */
    public static boolean isPage(String path) {
        return path.equals(PAGES) || path.startsWith(PAGES + "/");
    }

    /**
     * A session that can no longer be read (expired, forged, or encrypted with a key since changed): the session
     * cookies it came with are cleared and the page asked for again, which starts a new sign-in.
     */
    private static Response signInAgain(UriInfo uri, HttpHeaders headers) {
        Response.ResponseBuilder again = Response.status(Response.Status.FOUND).location(uri.getRequestUri())
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        headers.getCookies().keySet().stream().filter(name -> name.startsWith(SESSION_COOKIE))
                .forEach(name -> again.cookie(new NewCookie.Builder(name).value("").path("/").maxAge(0).build()));
        return again.build();
    }

    @ServerExceptionMapper(ForbiddenException.class)
    public Response forbidden(RuntimeException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, uri, null, messages.get("problem.forbidden.detail"), List.of());
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response stale(RuntimeException e, UriInfo uri) {
        return respond(ProblemType.STALE_VERSION, uri, "version", messages.get("problem.stale-version.detail"),
                List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        JsonProcessingException json = causeOfType(e, JsonProcessingException.class);
        if (json != null) {
            return malformed(json, uri);
        }
        if (e.getResponse().getStatus() == 404 && e.getCause() != null) {
            // A path or query parameter that could not be converted (JAX-RS reports it as 404).
            return respond(ProblemType.INVALID_PARAMETER, uri, null,
                    messages.get("problem.invalid-parameter.detail"), List.of());
        }
        ProblemType type = switch (e.getResponse().getStatus()) {
            case 401 -> ProblemType.UNAUTHENTICATED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 406 -> ProblemType.NOT_ACCEPTABLE;
            case 413 -> ProblemType.BODY_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ProblemType.SERVICE_UNAVAILABLE;
            default -> e.getResponse().getStatus() < 500 ? ProblemType.MALFORMED_REQUEST : ProblemType.INTERNAL_ERROR;
        };
        if (type == ProblemType.INTERNAL_ERROR) {
            return unexpected(e, uri);
        }
        if (type == ProblemType.UNAUTHENTICATED) {
            return unauthenticatedResponse(uri);
        }
        String detailKey = type == ProblemType.NOT_FOUND ? "problem.no-such-resource.detail" : type.detailKey();
        return respond(type, uri, null, messages.get(detailKey), List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        org.hibernate.exception.ConstraintViolationException database = causeOfType(e,
                org.hibernate.exception.ConstraintViolationException.class);
        if (database != null) {
            return databaseConstraint(database, uri);
        }
        JsonProcessingException json = causeOfType(e, JsonProcessingException.class);
        if (json != null) {
            return malformed(json, uri);
        }
        ConstraintViolationException invalid = causeOfType(e, ConstraintViolationException.class);
        if (invalid != null) {
            return validation(invalid, uri);
        }
        if (causeOfType(e, OptimisticLockException.class) != null
                || causeOfType(e, StaleStateException.class) != null) {
            return stale((RuntimeException) e, uri);
        }
        if (causeMatching(e, ProblemMappers::isDataException) != null) {
            // A value no service rule caught but the database cannot hold: still the request's fault, never SQL.
            return respond(ProblemType.RULE_VIOLATION, uri, null, messages.get("problem.rule-violation.unstorable"),
                    List.of());
        }
        if (causeMatching(e, DatabaseUnavailable::signals) != null) {
            LOG.warnf("Database unavailable on %s: %s", uri.getPath(), e.getMessage());
            Response problem = respond(ProblemType.SERVICE_UNAVAILABLE, uri, null,
                    messages.get("problem.service-unavailable.database"), List.of());
            return retryLater(problem);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Incident %s on %s", incident, uri.getPath());
        return respond(ProblemType.INTERNAL_ERROR, uri, null, messages.get("problem.internal-error.detail", incident),
                List.of());
    }

    /**
     * The database refused a row the services let through, typically two requests racing to insert the same
     * serial. Unique constraints are named {@code uq_<table>__<field in snake case>} so that the field can be
     * named without listing constraints here.
     */
    private Response databaseConstraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        String name = e.getConstraintName() == null ? "" : e.getConstraintName().toLowerCase(Locale.ROOT);
        if (name.startsWith("uq_") && name.contains("__")) {
            String field = camelCase(name.substring(name.indexOf("__") + 2));
            return respond(ProblemType.DUPLICATE, uri, field, messages.get("problem.duplicate.conflict", field),
                    List.of());
        }
        if (name.startsWith("fk_")) {
            return respond(ProblemType.UNKNOWN_REFERENCE, uri, null,
                    messages.get("problem.unknown-reference.generic"), List.of());
        }
        return respond(ProblemType.RULE_VIOLATION, uri, null, messages.get("problem.rule-violation.generic"),
                List.of());
    }

    /** SQLSTATE class 22, data exception: a value too long, out of range or with characters the database refuses. */
    private static boolean isDataException(Throwable e) {
        return e instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22");
    }

    private Response malformed(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping) : null;
        String detail;
        if (e instanceof UnrecognizedPropertyException unknown) {
            detail = messages.get("problem.malformed-request.unknown-field", unknown.getPropertyName());
            field = unknown.getPropertyName();
        } else if (e instanceof InvalidFormatException format && format.getTargetType() == String.class) {
            detail = messages.get("problem.malformed-request.unstorable-text", field);
        } else if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && Temporal.class.isAssignableFrom(format.getTargetType())) {
            detail = messages.get("problem.malformed-request.not-a-date", field);
        } else if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            String allowed = Arrays.stream(format.getTargetType().getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            detail = messages.get("problem.malformed-request.not-one-of", field, allowed);
        } else if (field != null && !field.isEmpty()) {
            detail = messages.get("problem.malformed-request.wrong-type", field);
        } else {
            detail = messages.get("problem.malformed-request.detail");
        }
        return respond(ProblemType.MALFORMED_REQUEST, uri, field, detail, List.of());
    }

    private Response unauthenticatedResponse(UriInfo uri) {
        Response problem = respond(ProblemType.UNAUTHENTICATED, uri, null,
                messages.get("problem.unauthenticated.detail"), List.of());
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private Response respond(ProblemType type, UriInfo uri, String field, String detail,
            List<Problem.FieldError> errors) {
        return respond(type, uri, field, detail, errors, List.of());
    }

    private Response respond(ProblemType type, UriInfo uri, String field, String detail,
            List<Problem.FieldError> errors, List<Problem.ItemError> items) {
        Problem body = new Problem(type.uri(), messages.get(type.titleKey()), type.status(), detail,
                uri == null ? null : uri.getPath(), field, errors, items);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** The JSON name of the invalid field: the last property node, without the method and parameter names. */
    private static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getName() == null) {
                    continue;
                }
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(node.getName());
            }
        }
        return name.isEmpty() ? "body" : name.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String camelCase(String snake) {
        StringBuilder result = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                result.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return result.toString();
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        Throwable cause = causeMatching(e, type::isInstance);
        return cause == null ? null : type.cast(cause);
    }

    /**
     * The first of {@code e}, its causes and the exceptions suppressed along the way that matches, each looked at
     * once so that a cycle ends the search. Suppressed ones count: a commit that fails because the connection broke
     * arrives as a transaction rollback with the driver's error suppressed.
     */
    private static Throwable causeMatching(Throwable e, Predicate<Throwable> matches) {
        return causeMatching(e, matches, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static Throwable causeMatching(Throwable e, Predicate<Throwable> matches, Set<Throwable> seen) {
        if (e == null || !seen.add(e)) {
            return null;
        }
        if (matches.test(e)) {
            return e;
        }
        for (Throwable suppressed : e.getSuppressed()) {
            Throwable found = causeMatching(suppressed, matches, seen);
            if (found != null) {
                return found;
            }
        }
        return causeMatching(e.getCause(), matches, seen);
    }
}
