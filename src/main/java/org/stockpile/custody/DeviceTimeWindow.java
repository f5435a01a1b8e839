package org.stockpile.custody;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.stockpile.system.problem.ProblemException;

/**
 * How far a scanner's own clock may stand from the server's when it reports when a scan was made (offline scans are
 * sent later, so their time may lie well in the past, but not further than national policy allows, and never far in
 * the future). A time outside the window is a wrong clock or a forged request, and is refused before anything is
 * recorded.
 */
public record DeviceTimeWindow(Duration maxAge, Duration maxAhead) {

    public DeviceTimeWindow {
        if (maxAge.isNegative() || maxAhead.isNegative()) {
            throw new IllegalArgumentException("The device time window cannot be negative");
        }
    }

    /** Whether a scan reported at {@code deviceTime} (absent: not reported) is plausible at {@code now}. */
    public boolean admits(OffsetDateTime deviceTime, Instant now) {
        if (deviceTime == null) {
            return true;
        }
        Instant time = deviceTime.toInstant();
        return !time.isBefore(now.minus(maxAge)) && !time.isAfter(now.plus(maxAhead));
    }

    /** Refuses (422 naming {@code deviceTime}) a device time the window does not admit. */
    public void requirePlausible(OffsetDateTime deviceTime, Instant now) {
        if (!admits(deviceTime, now)) {
            throw ProblemException.rule("deviceTime", "problem.custody.device-time", maxAge.toDays(),
                    maxAhead.toHours());
        }
    }
}
