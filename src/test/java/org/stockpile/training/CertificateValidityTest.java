package org.stockpile.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;
import org.stockpile.training.CertificateValidity.Status;

/** When a certificate lets its holder act, checked day by day without the service or a database. */
class CertificateValidityTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 15);
    private final CertificateValidity yearly = CertificateValidity.issued(ISSUED, Period.ofMonths(12));

    @Test
    void aTwelveMonthCertificateIsValidThroughTheDayBeforeItsAnniversaryAndExpiredFromIt() {
        assertEquals(LocalDate.of(2027, 3, 14), yearly.validThrough());
        assertEquals(Status.VALID, yearly.on(ISSUED));
        assertEquals(Status.VALID, yearly.on(LocalDate.of(2027, 3, 14)));
        assertEquals(Status.EXPIRED, yearly.on(LocalDate.of(2027, 3, 15)));
        assertEquals(LocalDate.of(2027, 3, 15), yearly.invalidSince());
    }

    @Test
    void itDoesNotCoverTheDaysBeforeItWasIssued() {
        assertEquals(Status.NOT_YET_VALID, yearly.on(ISSUED.minusDays(1)));
        assertFalse(yearly.validOn(ISSUED.minusDays(1)));
    }

    @Test
    void aCertificateIssuedOnALeapDayRunsOutOnTheTwentyEighthOfFebruary() {
        CertificateValidity leap = CertificateValidity.issued(LocalDate.of(2028, 2, 29), Period.ofYears(1));
        assertEquals(LocalDate.of(2029, 2, 27), leap.validThrough());
        assertEquals(Status.EXPIRED, leap.on(LocalDate.of(2029, 2, 28)));
    }

    @Test
    void revocationTakesEffectOnItsDayAndWinsOverALaterExpiry() {
        CertificateValidity revoked = yearly.revokedFrom(LocalDate.of(2026, 6, 1));
        assertEquals(Status.VALID, revoked.on(LocalDate.of(2026, 5, 31)));
        assertEquals(Status.REVOKED, revoked.on(LocalDate.of(2026, 6, 1)));
        assertEquals(Status.REVOKED, revoked.on(LocalDate.of(2027, 6, 1)));
        assertEquals(LocalDate.of(2026, 6, 1), revoked.invalidSince());
    }

    @Test
    void aCertificateRevokedAfterItRanOutWasInvalidFromItsExpiry() {
        CertificateValidity late = yearly.revokedFrom(LocalDate.of(2027, 5, 1));
        assertEquals(Status.EXPIRED, late.on(LocalDate.of(2027, 4, 1)));
        assertEquals(LocalDate.of(2027, 3, 15), late.invalidSince());
    }

    @Test
    void aRevocationIsRecordedOnceAndNeverBeforeTheIssue() {
        CertificateValidity revoked = yearly.revokedFrom(LocalDate.of(2026, 6, 1));
        assertThrows(IllegalStateException.class, () -> revoked.revokedFrom(LocalDate.of(2026, 7, 1)));
        assertThrows(IllegalArgumentException.class, () -> yearly.revokedFrom(ISSUED.minusDays(1)));
    }

    @Test
    void theExpiryReportsCountTheLastValidDay() {
        LocalDate thirtyDaysBefore = LocalDate.of(2027, 2, 12);
        assertTrue(yearly.expiresWithin(thirtyDaysBefore, 30));
        assertFalse(yearly.expiresWithin(thirtyDaysBefore.minusDays(1), 30));
        assertFalse(yearly.expiresWithin(LocalDate.of(2027, 3, 15), 30), "an expired certificate no longer expires");
    }

    @Test
    void aCourseMustGiveAPositiveValidity() {
        assertThrows(IllegalArgumentException.class, () -> CertificateValidity.issued(ISSUED, Period.ZERO));
        assertThrows(IllegalArgumentException.class, () -> CertificateValidity.issued(ISSUED, Period.ofDays(-1)));
    }
}
