package org.stockpile.web;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.stockpile.system.Idempotency;
import org.stockpile.system.Messages;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A page's action carried out by a service and said in the person's language: for a counter's confirmation, done,
 * waiting for a second person, or refused (nothing recorded) with the reason and each refused item.
 */
@ApplicationScoped
public class Confirmations {

    /**
     * {@code status} is DONE, PENDING or REFUSED; {@code overridable} when it was refused only for lack of
     * certification, which a commander may override.
     */
    public record Result(String status, String detail, List<Refused> items, boolean overridable) {

        public boolean finished() {
            return !"REFUSED".equals(status);
        }
    }

    /** One refused item: its scanned code and why, in the person's language. */
    public record Refused(String tag, String message) {
    }

    private final Messages messages;
    private final Validator validator;
    private final ObjectMapper json;

    Confirmations(Messages messages, Validator validator, ObjectMapper json) {
        this.messages = messages;
        this.validator = validator;
        this.json = json;
    }

    /**
     * What a page's action came to: its answer, or why it was refused (in the person's language, with each refused
     * item), and whether a commander may override that refusal.
     */
    public record Attempt<T>(T answer, String refusal, List<Refused> items, boolean overridable) {

        public boolean refused() {
            return refusal != null;
        }
    }

    /**
     * Checks {@code request} as the API would (Bean Validation), then carries out {@code action} with it.
     */
    public <R, T> Attempt<T> attempt(R request, Function<R, T> action) {
        Set<ConstraintViolation<R>> invalid = validator.validate(request);
        if (!invalid.isEmpty()) {
            return new Attempt<>(null, invalid.stream().map(v -> v.getPropertyPath() + " : " + v.getMessage())
                    .sorted().collect(Collectors.joining(" ; ")), List.of(), false);
        }
        try {
            return new Attempt<>(action.apply(request), null, List.of(), false);
        } catch (ProblemException refused) {
            return new Attempt<>(null, messages.get(refused.detailKey(), refused.arguments()), refused.items()
                    .stream().map(item -> new Refused(item.tag(), messages.get(item.detailKey(), item.arguments())))
                    .toList(), refused.type() == ProblemType.CERTIFICATION_REQUIRED);
        }
    }

    /** Carries out a custody {@code operation} as {@link #attempt} does: done, waiting, or refused. */
    public <R> Result confirm(R request, Function<R, Idempotency.Answer> operation) {
        Attempt<Idempotency.Answer> attempt = attempt(request, operation);
        if (attempt.refused()) {
            return new Result("REFUSED", attempt.refusal(), attempt.items(), attempt.overridable());
        }
        return new Result(field(attempt.answer(), "status"), null, List.of(), false);
    }

    /** A field of an answer the service gave (and kept under its idempotency key), as text. */
    public String field(Idempotency.Answer answer, String name) {
        try {
            return json.readTree(answer.body()).path(name).asText();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The service's own answer could not be read", e);
        }
    }

    /** A refusal before anything is sent (nothing to confirm yet, or a field too long). */
    public Result refused(String detail, List<Refused> items) {
        return new Result("REFUSED", detail, items, false);
    }
}
