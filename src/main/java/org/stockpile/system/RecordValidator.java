package org.stockpile.system;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/**
 * Checks a record's Bean Validation constraints before it is written, so that every invalid field is reported at
 * once (422) instead of failing at flush.
 */
@ApplicationScoped
public class RecordValidator {

    private final Validator validator;

    RecordValidator(Validator validator) {
        this.validator = validator;
    }

    public <T> T requireValid(T record) {
        Set<ConstraintViolation<T>> violations = validator.validate(record);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return record;
    }
}
