package org.stockpile.web;

/** What every page form's fields need. */
final class Forms {

    private Forms() {
    }

    /** A field left empty is absent, as it is from the API; surrounding spaces are not part of a value. */
    static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
