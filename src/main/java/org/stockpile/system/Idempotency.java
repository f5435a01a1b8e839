package org.stockpile.system;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A retry is not a second event. A mutating request carries an {@code Idempotency-Key}; the first request with a
 * key claims it inside its own transaction and stores its answer there, so the claim and the work commit or roll
 * back together. A repeat of the same request gets the stored answer and changes nothing; a concurrent repeat
 * waits for the first to finish. The same key with a different request is refused (422). Keys belong to the user
 * who sent them.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    /** How the API documents the header. */
    public static final String HEADER_DOC = "A key unique to this request (e.g. a UUID): a retry with the same key "
            + "returns the first answer and changes nothing.";

    /** The answer given the first time. */
    public record Answer(int status, String body) {

        public Response toResponse() {
            return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
        }
    }

    private final PlainSql sql;
    private final ObjectMapper json;

    Idempotency(PlainSql sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    /**
     * Claims {@code key} for {@code request} in the current transaction, or returns the answer already given to
     * the same request.
     */
    public Optional<Answer> claim(String principal, String key, Object request) {
        requireWellFormed(key);
        String hash = hash(request);
        int claimed = sql.update("insert into idempotent_request (principal, idempotency_key, request_hash) "
                + "values (?, ?, ?) on conflict do nothing", principal, key, hash);
        if (claimed == 1) {
            return Optional.empty();
        }
        Claimed first = sql.first("select request_hash, response_status, response_body from idempotent_request "
                + "where principal = ? and idempotency_key = ?", row -> new Claimed(row.getString(1),
                        new Answer(row.getInt(2), row.getString(3))), principal, key).orElseThrow();
        if (!hash.equals(first.hash())) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, HEADER,
                    "problem.idempotency-key-reused.detail", key);
        }
        return Optional.of(first.answer());
    }

    /** A key's claim as kept: the hash of its request, and the answer given. */
    private record Claimed(String hash, Answer answer) {
    }

    /** Stores the answer to the request that claimed {@code key}, in the same transaction. */
    public Answer complete(String principal, String key, int status, Object body) {
        String text = write(body);
        sql.update("update idempotent_request set response_status = ?, response_body = ? where principal = ? "
                + "and idempotency_key = ?", status, text, principal, key);
        return new Answer(status, text);
    }

    private static void requireWellFormed(String key) {
        if (key == null || key.isBlank()) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, HEADER, "problem.idempotency-key.missing");
        }
        if (key.length() > 100 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, HEADER, "problem.idempotency-key.malformed");
        }
    }

    private String hash(Object request) {
        return Sha256.hex(write(request));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
