package org.stockpile.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date a stockpile record can carry: from {@value #EARLIEST_YEAR} to {@value #LATEST_YEAR}. Beyond those a date
 * is a typing mistake, and far beyond them one the database cannot hold.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleDate.Validator.class)
public @interface PlausibleDate {

    int EARLIEST_YEAR = 1900;
    int LATEST_YEAR = 2199;

    String message() default "{validation.date-range}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlausibleDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null || (date.getYear() >= EARLIEST_YEAR && date.getYear() <= LATEST_YEAR);
        }
    }
}
