package org.stockpile.ammo;

import java.math.BigDecimal;

/** An ammunition item as a client sends it; {@code itemCode} is taken on creation only. */
public record AmmunitionItemRequest(String itemCode, String nomenclature, String calibre, String unNumber,
        HazardDivision hazardDivision, CompatibilityGroup compatibilityGroup, BigDecimal neqPerUnitKg, Long version) {
}
