package org.stockpile.stocktake;

import java.time.LocalDate;
import java.time.Period;
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
