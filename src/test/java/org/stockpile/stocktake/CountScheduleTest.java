package org.stockpile.stocktake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

/** When counts fall due: a period after the last, at once if never, a year skipped by a sealed depot. */
class CountScheduleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void aCountIsDueAPeriodAfterTheLastAndOverdueTheDayAfter() {
        LocalDate last = LocalDate.of(2026, 8, 25);
        assertEquals(LocalDate.of(2026, 11, 25), CountSchedule.QUARTERLY_FULL.nextDue(last, TODAY, TODAY));
        assertFalse(CountSchedule.QUARTERLY_FULL.isOverdue(last, TODAY, TODAY), "due today is not yet overdue");
        assertTrue(CountSchedule.QUARTERLY_FULL.isOverdue(last, TODAY, TODAY.plusDays(1)));
        assertEquals(LocalDate.of(2026, 12, 25), CountSchedule.MONTHLY_SAMPLE.nextDue(TODAY, null, TODAY));
    }

    @Test
    void aSiteNeverCountedIsDueToday() {
        assertEquals(TODAY, CountSchedule.ANNUAL_FULL.nextDue(null, null, TODAY));
        assertFalse(CountSchedule.ANNUAL_FULL.isOverdue(null, null, TODAY));
    }

    @Test
    void aSealedDepotWithNoMovementSinceItsLastFullCountMaySkipOneYear() {
        LocalDate last = LocalDate.of(2025, 6, 1);
        assertEquals(LocalDate.of(2027, 6, 1), CountSchedule.ANNUAL_FULL.nextDue(last, LocalDate.of(2025, 6, 1),
                TODAY));
        assertEquals(LocalDate.of(2026, 6, 1), CountSchedule.ANNUAL_FULL.nextDue(last, LocalDate.of(2025, 6, 2),
                TODAY), "one movement since and the year is due");
        assertTrue(CountSchedule.ANNUAL_FULL.isOverdue(last, LocalDate.of(2025, 6, 2), TODAY));
        assertEquals(LocalDate.of(2025, 9, 1), CountSchedule.QUARTERLY_FULL.nextDue(last, null, TODAY),
                "an armoury's quarterly inventory is never skipped");
    }

    @Test
    void aPeriodMustBePositive() {
        assertThrows(IllegalArgumentException.class,
                () -> new CountSchedule(CountSchedule.Kind.FULL, Period.ZERO, false));
    }

    @Test
    void nationalPolicyWritesASchedulePerKindOfSite() {
        assertEquals(CountSchedule.QUARTERLY_FULL, CountSchedule.parse("FULL/P3M"));
        assertEquals(CountSchedule.MONTHLY_SAMPLE, CountSchedule.parse(" SAMPLE/P1M "));
        assertEquals(CountSchedule.ANNUAL_FULL, CountSchedule.parse("FULL/P1Y/sealed-may-skip"));
        for (String wrong : new String[] { "FULL", "FULL/3M", "WEEKLY/P1W", "FULL/P1Y/sealed", "FULL/P0D",
                "FULL/P1M/sealed-may-skip/x" }) {
            assertThrows(IllegalArgumentException.class, () -> CountSchedule.parse(wrong), wrong);
        }
    }
}
