package org.stockpile.training;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The days on which a certificate lets its holder act: from the day it is issued through the day before its
 * course's validity has run out, unless it is revoked first. A pass issued on 15 March with a validity of twelve
 * months is valid through 14 March of the next year and expired from 15 March; a pass issued on 29 February runs
 * out on 28 February (the date {@link LocalDate#plus} gives), so it is valid through 27 February.
 *
 * @param issuedOn the first day it is valid
 * @param validThrough the last day it is valid, whatever happens later
 * @param revokedOn the day it was revoked, from which it is no longer valid; null while it is not revoked
 */
public record CertificateValidity(LocalDate issuedOn, LocalDate validThrough, LocalDate revokedOn) {

    public enum Status {
        /** The day is before the certificate was issued (a certificate never covers the past). */
        NOT_YET_VALID,
        VALID,
        EXPIRED,
        REVOKED
    }

    public CertificateValidity {
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(validThrough, "validThrough");
        if (validThrough.isBefore(issuedOn)) {
            throw new IllegalArgumentException("valid through " + validThrough + ", before issue on " + issuedOn);
        }
        if (revokedOn != null && revokedOn.isBefore(issuedOn)) {
            throw new IllegalArgumentException("revoked on " + revokedOn + ", before issue on " + issuedOn);
        }
    }

    /** A certificate issued on {@code issuedOn} by a course whose passes stay valid for {@code validity}. */
    public static CertificateValidity issued(LocalDate issuedOn, Period validity) {
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("a course's validity must be positive: " + validity);
        }
        return new CertificateValidity(issuedOn, issuedOn.plus(validity).minusDays(1), null);
    }

    /**
     * What the certificate is on {@code day}. Revocation wins over expiry: a certificate revoked before it ran out
     * is revoked, not expired, and stays so.
     */
    public Status on(LocalDate day) {
        if (day.isBefore(issuedOn)) {
            return Status.NOT_YET_VALID;
        }
        if (revokedOn != null && !day.isBefore(revokedOn)) {
            return Status.REVOKED;
        }
        return day.isAfter(validThrough) ? Status.EXPIRED : Status.VALID;
    }

    public boolean validOn(LocalDate day) {
        return on(day) == Status.VALID;
    }

    /** The first day it is no longer valid: the day it expires, or the day it was revoked if that came first. */
    public LocalDate invalidSince() {
        LocalDate expiry = validThrough.plusDays(1);
        return revokedOn != null && revokedOn.isBefore(expiry) ? revokedOn : expiry;
    }

    /** Whether it runs out within {@code days} days after {@code day} while still valid on it (the expiry reports). */
    public boolean expiresWithin(LocalDate day, int days) {
        return validOn(day) && !validThrough.isAfter(day.plusDays(days));
    }

    /**
     * The same certificate revoked from {@code day}. A revocation is recorded once: revoking again is refused, so
     * that the day and reason first recorded are never overwritten.
     */
    public CertificateValidity revokedFrom(LocalDate day) {
        if (revokedOn != null) {
            throw new IllegalStateException("already revoked on " + revokedOn);
        }
        return new CertificateValidity(issuedOn, validThrough, day);
    }
}
