package org.stockpile.ammo;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A lot as a client sends it; {@code itemCode} and {@code lotNumber} are taken on creation only.
 * The read-only fields of its view are accepted and ignored, so that a record read can be sent back whole.
 */
@JsonIgnoreProperties({ "id", "tagCode", "status", "retiredReason" })
public record AmmunitionLotRequest(String itemCode, String lotNumber, LocalDate manufactureDate,
        LocalDate expiryDate, LocalDate nextSurveillanceDate, AmmunitionLot.Condition condition, Long version) {
}
