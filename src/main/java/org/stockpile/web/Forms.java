package org.stockpile.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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

    /** A field left empty is absent, as it is from the API; surrounding spaces are not part of a value. */
    static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
