package org.stockpile.web;

import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** What every page form's fields need. */
final class Forms {

    private Forms() {
    }

    /** A new idempotency key, for an operation or decision a page is about to let a person make. */
    static String newKey() {
        return UUID.randomUUID().toString();
    }

    /** The first {@code max} values of a repeated field (none when it is absent), in a list that may grow. */
    static List<String> bounded(List<String> values, int max) {
        List<String> all = values == null ? List.of() : values;
        return new ArrayList<>(all.subList(0, Math.min(all.size(), max)));
    }

    /**
     * What a field says, read by {@code reader}; null when it is empty or does not read, so that the service
     * refuses it as absent, in the person's language.
     */
    static <T> T read(String typed, Function<String, T> reader) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return reader.apply(typed.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return null;
        }
    }
}
