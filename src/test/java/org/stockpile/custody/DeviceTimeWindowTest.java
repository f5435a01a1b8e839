package org.stockpile.custody;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.stockpile.system.problem.ProblemException;

/** A scanner's clock may lag (offline scans are sent late) but not by more than policy allows, nor run ahead. */
class DeviceTimeWindowTest {

    private static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");
    private final DeviceTimeWindow window = new DeviceTimeWindow(Duration.ofDays(30), Duration.ofDays(1));

    private static OffsetDateTime at(String instant) {
        return OffsetDateTime.parse(instant);
    }

    @Test
    void timesWithinTheWindowAndAbsentTimesAreAdmitted() {
        assertTrue(window.admits(null, NOW));
        assertTrue(window.admits(at("2026-11-24T08:00:00.123456789Z"), NOW));
        assertTrue(window.admits(at("2026-10-25T08:00:00Z"), NOW), "exactly 30 days back");
        assertTrue(window.admits(at("2026-11-25T08:00:00Z"), NOW), "exactly one day ahead");
        assertTrue(window.admits(at("2026-11-24T09:30:00+01:00"), NOW), "any offset, compared as an instant");
    }

    @Test
    void timesOutsideTheWindowAreRefusedNamingTheField() {
        assertFalse(window.admits(at("2026-10-25T07:59:59.999Z"), NOW));
        assertFalse(window.admits(at("2026-11-25T08:00:00.000001Z"), NOW));
        assertFalse(window.admits(at("0001-01-01T00:00:00Z"), NOW));
        assertFalse(window.admits(OffsetDateTime.of(300_000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), NOW));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> window.requirePlausible(at("1970-01-01T00:00:00Z"), NOW));
        assertEquals("deviceTime", refused.field());
        assertEquals(422, refused.type().status());
    }

    @Test
    void aNegativeWindowIsAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new DeviceTimeWindow(Duration.ofDays(-1), Duration.ZERO));
    }
}
