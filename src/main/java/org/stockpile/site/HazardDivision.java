package org.stockpile.site;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * UN hazard divisions of class 1 (IATG 01.50), written as in the standard: "1.1" to "1.6". A storehouse's explosives
 * licence limits the net explosive quantity per division; ammunition items are classified in them.
 */
public enum HazardDivision {
    HD_1_1("1.1"), HD_1_2("1.2"), HD_1_3("1.3"), HD_1_4("1.4"), HD_1_5("1.5"), HD_1_6("1.6");

    private final String code;

    HazardDivision(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static HazardDivision of(String code) {
        for (HazardDivision division : values()) {
            if (division.code.equals(code)) {
                return division;
            }
        }
        throw new IllegalArgumentException("not a hazard division: " + code);
    }

    /** For query parameters (JAX-RS finds this method by name). */
    public static HazardDivision fromString(String code) {
        return of(code);
    }

    @Override
    public String toString() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter implements jakarta.persistence.AttributeConverter<HazardDivision, String> {
        @Override
        public String convertToDatabaseColumn(HazardDivision division) {
            return division == null ? null : division.code;
        }

        @Override
        public HazardDivision convertToEntityAttribute(String code) {
            return code == null ? null : of(code);
        }
    }
}
