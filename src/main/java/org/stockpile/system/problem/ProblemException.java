package org.stockpile.system.problem;

import java.util.List;

/**
 * A refusal a service raises: a problem type, the message key of its detail with the key's arguments, and the
 * field concerned where there is one. Texts are resolved in the caller's language when the response is written.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String detailKey;
    private final transient Object[] arguments;
    private final String field;
    private final transient List<Item> items;

    /** One refused item of a batch: its tag, why (a message key and its arguments), its state and holder. */
    public record Item(String tag, String state, String holder, String detailKey, Object... arguments) {
    }

    public ProblemException(ProblemType type, String field, String detailKey, Object... arguments) {
        this(type, field, List.of(), detailKey, arguments);
    }

    public ProblemException(ProblemType type, String field, List<Item> items, String detailKey,
            Object... arguments) {
        super(type.name() + ": " + detailKey, null, false, false);
        this.type = type;
        this.field = field;
        this.items = List.copyOf(items);
        this.detailKey = detailKey;
        this.arguments = arguments;
    }

    /** A record that does not exist or lies outside the caller's scope: the two must look the same. */
    public static ProblemException notFound(Object recordKind, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, null, "problem.not-found.detail", recordKind, String.valueOf(id));
    }

    public static ProblemException duplicate(String field, Object value) {
        return new ProblemException(ProblemType.DUPLICATE, field, "problem.duplicate.detail", field, value);
    }

    /** A reference in a request body to a record that does not exist or that the caller cannot see. */
    public static ProblemException unknownReference(String field, Object value) {
        return new ProblemException(ProblemType.UNKNOWN_REFERENCE, field, "problem.unknown-reference.detail", field,
                value);
    }

    public static ProblemException rule(String field, String detailKey, Object... arguments) {
        return new ProblemException(ProblemType.RULE_VIOLATION, field, detailKey, arguments);
    }

    public ProblemType type() {
        return type;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public String field() {
        return field;
    }

    public List<Item> items() {
        return items;
    }
}
