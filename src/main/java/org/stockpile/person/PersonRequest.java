package org.stockpile.person;

/** A person as a client sends it; {@code version} is the one the client read, required on update. */
public record PersonRequest(String serviceNumber, String givenNames, String familyName, String rank,
        String forceCode, String unit, String siteCode, String badgeCode, Long version) {
}
