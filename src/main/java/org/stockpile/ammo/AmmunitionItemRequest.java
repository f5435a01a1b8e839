package org.stockpile.ammo;

import java.math.BigDecimal;

import org.stockpile.site.HazardDivision;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An ammunition item as a client sends it; {@code itemCode} is taken on creation only.
 * The read-only fields of its view are accepted and ignored, so that a record read can be sent back whole.
 */
@JsonIgnoreProperties({ "id", "status", "retiredReason" })
public record AmmunitionItemRequest(String itemCode, String nomenclature, String calibre, String unNumber,
        HazardDivision hazardDivision, CompatibilityGroup compatibilityGroup, BigDecimal neqPerUnitKg, Long version) {
}
