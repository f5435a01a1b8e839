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

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A counter's confirmation, carried out by the custody services and said in the person's language: done, waiting
 * for a second person, or refused (nothing recorded) with the reason and each refused item.
 */
@ApplicationScoped
public class Confirmations {

    /** {@code status} is DONE, PENDING or REFUSED. */
    public record Result(String status, String detail, List<Refused> items) {

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

    /** Checks {@code request} as the API would (Bean Validation), then carries out {@code operation} with it. */
    public <R> Result confirm(R request, Function<R, Idempotency.Answer> operation) {
        Set<ConstraintViolation<R>> invalid = validator.validate(request);
        if (!invalid.isEmpty()) {
            return refused(invalid.stream().map(v -> v.getPropertyPath() + " : " + v.getMessage()).sorted()
                    .collect(Collectors.joining(" ; ")), List.of());
        }
        try {
            return new Result(json.readTree(operation.apply(request).body()).path("status").asText(), null,
                    List.of());
        } catch (ProblemException refused) {
            return refused(messages.get(refused.detailKey(), refused.arguments()), refused.items().stream()
                    .map(item -> new Refused(item.tag(), messages.get(item.detailKey(), item.arguments()))).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The service's own answer could not be read", e);
        }
    }

    /** A refusal before anything is sent (nothing to confirm yet, or a field too long). */
    public Result refused(String detail, List<Refused> items) {
        return new Result("REFUSED", detail, items);
    }
}
