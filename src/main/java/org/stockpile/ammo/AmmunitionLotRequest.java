package org.stockpile.ammo;

import java.time.LocalDate;

/** A lot as a client sends it; {@code itemCode} and {@code lotNumber} are taken on creation only. */
public record AmmunitionLotRequest(String itemCode, String lotNumber, LocalDate manufactureDate,
        LocalDate expiryDate, LocalDate nextSurveillanceDate, AmmunitionLot.Condition condition, Long version) {
}
