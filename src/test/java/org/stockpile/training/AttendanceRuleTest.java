package org.stockpile.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AttendanceRuleTest {

    private final AttendanceRule fourFifths = new AttendanceRule(0.8);

    @Test
    void theMinimumIsTheShareOfTheDaysRoundedUp() {
        assertEquals(8, fourFifths.minimumDays(10), "0.8 × 10 is exactly 8, not 9");
        assertEquals(12, fourFifths.minimumDays(14));
        assertEquals(4, fourFifths.minimumDays(5));
        assertEquals(1, fourFifths.minimumDays(1));
        assertEquals(5, fourFifths.minimumDays(6), "4.8 days round up to 5");
    }

    @Test
    void aPassNeedsAtLeastTheMinimum() {
        assertTrue(fourFifths.allowsPass(4, 5));
        assertFalse(fourFifths.allowsPass(3, 5));
        assertTrue(new AttendanceRule(0).allowsPass(0, 10));
        assertFalse(new AttendanceRule(1).allowsPass(9, 10));
    }

    @Test
    void aShareOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AttendanceRule(1.2));
        assertThrows(IllegalArgumentException.class, () -> new AttendanceRule(-0.1));
        assertThrows(IllegalArgumentException.class, () -> new AttendanceRule(Double.NaN));
    }
}
