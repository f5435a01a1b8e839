package org.stockpile.system.problem;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stockpile.system.Idempotency;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Checks every request at the HTTP level, before it is routed, authenticated or read, and refuses with a
 * problem+json answer: an address longer than {@value #MAX_URI_LENGTH} characters (414), more than one
 * Idempotency-Key header (400: which one would count?), and a body larger than allowed (413) — JSON bodies up to
 * {@code stockpile.http.json-max-body-size}, images (photos to decode) up to {@code quarkus.http.limits.max-body-size}.
 * The limit holds for the bytes actually sent: a body whose length is announced is refused on its announcement; an
 * HTTP/1.1 body of unannounced length (chunked) is read here, counting, and refused as soon as it passes the limit.
 * An HTTP/2 body of unannounced length is left to Quarkus REST, which counts it against the same limit as it reads
 * it (and closes the connection beyond it): Quarkus REST cannot take an HTTP/2 request whose body was read before
 * it (quarkusio/quarkus#34393).
 */
@ApplicationScoped
public class RequestGuard {

    /** Longer than any address the API offers with its longest query; browsers and proxies keep to about 8 KB. */
    static final int MAX_URI_LENGTH = 4096;
    /** Where RESTEasy Reactive reads the limit for the bodies it streams (set by Quarkus for its own limit). */
    private static final String STREAMED_BODY_LIMIT = "io.quarkus.max-request-size";
    /** How many times the largest accepted body is read and thrown away to answer a client still sending. */
    private static final long DRAIN_FACTOR = 4;

    private final long maxJsonBytes;
    private final long maxImageBytes;
    private final RouteProblems problems;
    private final BodyHandler jsonBody;
    private final BodyHandler imageBody;

    RequestGuard(@ConfigProperty(name = "stockpile.http.json-max-body-size") MemorySize maxJson,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody, RouteProblems problems) {
        this.maxJsonBytes = maxJson.asLongValue();
        this.maxImageBytes = maxBody.asLongValue();
        this.problems = problems;
        this.jsonBody = BodyHandler.create(false).setBodyLimit(maxJsonBytes);
        this.imageBody = BodyHandler.create(false).setBodyLimit(maxImageBytes);
    }

    void install(@Observes Router router) {
        // Before Quarkus's own upload limit, which would close the connection under a client still sending and
        // answer without a problem; the limit for streamed bodies is set after it, so that the stricter JSON limit
        // replaces the one it sets.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check)
                .failureHandler(this::bodyTooLarge);
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::limitStreamedBody);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > MAX_URI_LENGTH) {
            problems.respond(context, true, ProblemType.URI_TOO_LONG, "problem.uri-too-long.detail", MAX_URI_LENGTH);
            return;
        }
        if (request.headers().getAll(Idempotency.HEADER).size() > 1) {
            problems.respond(context, false, ProblemType.MALFORMED_REQUEST, "problem.idempotency-key.repeated");
            return;
        }
        boolean image = isImage(request) || isMultipart(request);
        long max = image ? maxImageBytes : maxJsonBytes;
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            if (!length.matches("\\d{1,18}") || Long.parseLong(length) > max) {
                refuseAnnouncedBody(context, length);
                return;
            }
            context.next();
        } else if (isChunked(request) && !isMultipart(request)) {
            (image ? imageBody : jsonBody).handle(context);
        } else {
            context.next();
        }
    }

    private void limitStreamedBody(RoutingContext context) {
        context.put(STREAMED_BODY_LIMIT, isImage(context.request()) || isMultipart(context.request()) ? maxImageBytes
                : maxJsonBytes);
        context.next();
    }

    private static boolean isImage(HttpServerRequest request) {
        return String.valueOf(request.getHeader(HttpHeaders.CONTENT_TYPE)).startsWith("image/");
    }

    /**
     * Refuses a body announced too large. A client that is already sending it (most do not wait for a
     * "100 Continue") would see its connection reset, and lose the answer, if the connection closed under it: the
     * body is read and thrown away as it arrives, up to {@value #DRAIN_FACTOR} times the largest accepted body, and
     * the connection closed only beyond that or when the client waits to be told to send.
     */
    private void refuseAnnouncedBody(RoutingContext context, String length) {
        HttpServerRequest request = context.request();
        boolean drain = length.matches("\\d{1,18}") && Long.parseLong(length) <= DRAIN_FACTOR * maxImageBytes
                && !request.headers().contains(HttpHeaders.EXPECT);
        if (drain) {
            request.handler(ignored -> {
            });
            request.resume();
        }
        problems.respond(context, !drain, ProblemType.BODY_TOO_LARGE, ProblemType.BODY_TOO_LARGE.detailKey());
    }

    /**
     * A form with a file: a photo sent from a page. Its limit is an image's, and one sent chunked is left to Quarkus
     * REST to count, since a body handler here would read its fields and drop its file.
     */
    private static boolean isMultipart(HttpServerRequest request) {
        return String.valueOf(request.getHeader(HttpHeaders.CONTENT_TYPE)).toLowerCase(Locale.ROOT)
                .startsWith("multipart/form-data");
    }

    /** An HTTP/1.1 body that comes without an announced length (chunked). */
    private static boolean isChunked(HttpServerRequest request) {
        return request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    /** The body handler fails the request with 413 when the body passes its limit. */
    private void bodyTooLarge(RoutingContext context) {
        if (context.statusCode() == ProblemType.BODY_TOO_LARGE.status() && !context.response().ended()) {
            problems.respond(context, true, ProblemType.BODY_TOO_LARGE, ProblemType.BODY_TOO_LARGE.detailKey());
        } else {
            context.next();
        }
    }
}
