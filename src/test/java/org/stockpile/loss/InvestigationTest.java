package org.stockpile.loss;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

/** The investigation's course and a report's dates, as plain rules. */
class InvestigationTest {

    private static ProblemType refusal(Runnable rule) {
        return assertThrows(ProblemException.class, rule::run).type();
    }

    @Test
    void anInvestigationMovesForwardAndClosesOnceWithItsOutcome() {
        assertDoesNotThrow(() -> Investigation.OPEN.requireEntry(Investigation.OPEN, null));
        assertDoesNotThrow(() -> Investigation.OPEN.requireEntry(Investigation.UNDER_INVESTIGATION, null));
        assertDoesNotThrow(() -> Investigation.OPEN.requireEntry(Investigation.CLOSED, "Retrouvée"));
        assertDoesNotThrow(() -> Investigation.UNDER_INVESTIGATION.requireEntry(Investigation.CLOSED, "Volée"));
        assertEquals(ProblemType.STATE_CONFLICT,
                refusal(() -> Investigation.UNDER_INVESTIGATION.requireEntry(Investigation.OPEN, "Rouverte")));
        assertEquals(ProblemType.RULE_VIOLATION,
                refusal(() -> Investigation.UNDER_INVESTIGATION.requireEntry(Investigation.CLOSED, " ")));
        for (Investigation next : Investigation.values()) {
            assertEquals(ProblemType.STATE_CONFLICT, refusal(() -> Investigation.CLOSED.requireEntry(next, "Note")));
        }
    }

    @Test
    void aLossIsNotDiscoveredTomorrowNorVerifiedAfterItsDiscovery() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        assertDoesNotThrow(() -> LossReport.requirePossibleDates(today, today, today));
        assertDoesNotThrow(() -> LossReport.requirePossibleDates(today.minusDays(3), null, today));
        assertEquals(ProblemType.RULE_VIOLATION,
                refusal(() -> LossReport.requirePossibleDates(today.plusDays(1), null, today)));
        assertEquals(ProblemType.RULE_VIOLATION,
                refusal(() -> LossReport.requirePossibleDates(today.minusDays(2), today.minusDays(1), today)));
    }
}
