package org.stockpile.person;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A person as a client sends it; {@code version} is the one the client read, required on update.
 * The read-only fields of its view are accepted and ignored, so that a record read can be sent back whole.
 */
@JsonIgnoreProperties({ "id", "tagCode", "status", "retiredReason" })
public record PersonRequest(String serviceNumber, String givenNames, String familyName, String rank,
        String forceCode, String unit, String siteCode, String badgeCode, String account, Long version) {
}
