package org.stockpile.stocktake;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * When a site's next count of a kind is due, from national policy. The defaults follow published armoury practice:
 * a serial-number check by sample every month, a full inventory of an armoury every quarter, a full count of every
 * depot every year; a depot sealed with no movement since its last full count may skip one year.
 *
 * @param kind which count
 * @param every how often it is due
 * @param sealedMaySkip whether a site with no movement since its last count of this kind may skip one period
 */
public record CountSchedule(Kind kind, Period every, boolean sealedMaySkip) {

    public enum Kind {
        /** A random sample of the book, checked by serial number. */
        SAMPLE,
        /** Every weapon and lot of the book. */
        FULL
    }

    public static final CountSchedule MONTHLY_SAMPLE = new CountSchedule(Kind.SAMPLE, Period.ofMonths(1), false);
    public static final CountSchedule QUARTERLY_FULL = new CountSchedule(Kind.FULL, Period.ofMonths(3), false);
    public static final CountSchedule ANNUAL_FULL = new CountSchedule(Kind.FULL, Period.ofYears(1), true);

    public CountSchedule {
        Objects.requireNonNull(kind, "kind");
        if (every.isZero() || every.isNegative()) {
            throw new IllegalArgumentException("a count's period must be positive: " + every);
        }
    }

    /** The words that mark, in configuration, a schedule a sealed site may skip a period of. */
    static final String SEALED_MAY_SKIP = "sealed-may-skip";

    /**
     * A schedule as national policy writes it in configuration: the kind, the period (ISO 8601), and optionally
     * {@value #SEALED_MAY_SKIP}, separated by slashes; for example {@code FULL/P1Y/sealed-may-skip}.
     *
     * @throws IllegalArgumentException when it is not written so
     */
    public static CountSchedule parse(String written) {
        String[] parts = written.strip().split("/");
        if (parts.length < 2 || parts.length > 3 || parts.length == 3 && !SEALED_MAY_SKIP.equals(parts[2])) {
            throw new IllegalArgumentException("A count schedule is KIND/PERIOD[/" + SEALED_MAY_SKIP + "], not: "
                    + written);
        }
        try {
            return new CountSchedule(Kind.valueOf(parts[0]), Period.parse(parts[1]), parts.length == 3);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("A count schedule's period is ISO 8601 (P1M, P3M, P1Y), not: "
                    + parts[1], e);
        }
    }

    /**
     * The day the next count is due: a period after the last one closed, or two for a sealed site that may skip one;
     * {@code today} when the site was never counted.
     *
     * @param lastClosedOn the day the site's last count of this kind closed; null if never
     * @param lastMovementOn the day of the site's last custody operation; null if none
     */
    public LocalDate nextDue(LocalDate lastClosedOn, LocalDate lastMovementOn, LocalDate today) {
        if (lastClosedOn == null) {
            return today;
        }
        boolean sealed = lastMovementOn == null || !lastMovementOn.isAfter(lastClosedOn);
        return lastClosedOn.plus(every).plus(sealed && sealedMaySkip ? every : Period.ZERO);
    }

    /** Whether the count is overdue on {@code today}: its due day has passed. */
    public boolean isOverdue(LocalDate lastClosedOn, LocalDate lastMovementOn, LocalDate today) {
        return nextDue(lastClosedOn, lastMovementOn, today).isBefore(today);
    }
}
