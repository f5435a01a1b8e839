package org.stockpile.training;

/**
 * How much of a session a trainee must attend to pass: at least {@code minimumShare} of its days, rounded up (with
 * the default 0.8, 8 days of 10, 12 of 14, 4 of 5, and the one day of a one-day course).
 */
public record AttendanceRule(double minimumShare) {

    public AttendanceRule {
        if (!(minimumShare >= 0 && minimumShare <= 1)) {
            throw new IllegalArgumentException("a share of the days lies between 0 and 1: " + minimumShare);
        }
    }

    /** The fewest days present that allow a pass in a session of {@code days} days. */
    public long minimumDays(int days) {
        // Rounded down to a millionth first, so that 0.8 × 10 is 8 and not the 8.000000000000002 of binary floats.
        return (long) Math.ceil(Math.floor(minimumShare * days * 1_000_000) / 1_000_000);
    }

    public boolean allowsPass(long daysPresent, int days) {
        return daysPresent >= minimumDays(days);
    }
}
