package org.stockpile.custody;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The ledger's canonical serialization, which every stored hash depends on: it must never change silently. */
class EventHashTest {

    private static EventHash.Fields issue(OffsetDateTime deviceTime, String reason) {
        return EventHash.event(7, 42, UUID.fromString("6f1c1a52-3c3e-4a5b-9d2a-0e8f3b6f1d11"), "ISSUE")
                .weapon(17817L).states("IN_STORE", "ISSUED").person(4L).texts(reason, "BR-2026-101", null, null)
                .people("clerk-gao", null).device(deviceTime, "scanner-07")
                .linked(OffsetDateTime.of(2026, 11, 24, 8, 0, 0, 123_456_000, ZoneOffset.UTC), "ab".repeat(32));
    }

    /**
     * The expected hash is SHA-256 of this text, computed outside Java ({@code printf '...' | sha256sum}): one
     * {@code name=value} line per present field in the format's order, the line break inside the reason escaped, the
     * device time given at +02:00 written in UTC to the microsecond.
     *
     * <pre>
     * v=1 / site=7 / seq=42 / operation=6f1c1a52-… / type=ISSUE / weapon=17817 / from=IN_STORE / to=ISSUED /
     * person=4 / reason=Patrouille de nuit\nsecteur 4 = nord / reference=BR-2026-101 / requestedBy=clerk-gao /
     * serverTime=2026-11-24T08:00:00.123456Z / deviceTime=2026-11-24T07:59:58.000000Z / deviceId=scanner-07 /
     * previous=abab…ab
     * </pre>
     */
    @Test
    void aFixedEventHashesToItsFixedValue() {
        EventHash.Fields event = issue(OffsetDateTime.of(2026, 11, 24, 9, 59, 58, 0, ZoneOffset.ofHours(2)),
                "Patrouille de nuit\nsecteur 4 = nord");
        assertEquals("eeffd9f74a42ff7de671e9549c94eb5443c131828c2afddc1b0b2c49f27781c8", EventHash.of(event),
                "the canonical serialization changed: every stored chain would break");
    }

    @Test
    void aTimeIsStoredAndHashedInUtcCutToTheMicrosecond() {
        OffsetDateTime sent = OffsetDateTime.of(2026, 11, 24, 10, 0, 0, 123_456_789, ZoneOffset.ofHours(2));
        OffsetDateTime stored = EventHash.storedTime(sent);
        assertEquals(OffsetDateTime.of(2026, 11, 24, 8, 0, 0, 123_456_000, ZoneOffset.UTC), stored);
        assertEquals(EventHash.of(issue(sent, "r")), EventHash.of(issue(stored, "r")),
                "the hash covers the time as stored, whatever precision or offset it was sent with");
        assertEquals(OffsetDateTime.of(2026, 11, 24, 8, 0, 0, 0, ZoneOffset.UTC),
                EventHash.storedTime(OffsetDateTime.of(2026, 11, 24, 8, 0, 0, 500, ZoneOffset.UTC)));
    }

    @Test
    void everyFieldCountsAndLineBreaksCannotForgeAnotherField() {
        assertNotEquals(EventHash.of(issue(null, "a")), EventHash.of(issue(null, "b")));
        assertNotEquals(EventHash.of(issue(null, "x\nreference=BR-2026-101")), EventHash.of(issue(null, "x")));
        assertNotEquals(EventHash.of(issue(null, null)), EventHash.of(issue(null, "")));
    }
}
