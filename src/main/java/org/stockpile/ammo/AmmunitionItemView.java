package org.stockpile.ammo;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stockpile.site.HazardDivision;
import org.stockpile.system.RegistryRecord;

public record AmmunitionItemView(Long id, String itemCode, String nomenclature, String calibre, String unNumber,
        HazardDivision hazardDivision, CompatibilityGroup compatibilityGroup, BigDecimal neqPerUnitKg,
        RegistryRecord.Status status, @Schema(nullable = true) String retiredReason, long version) {

    static AmmunitionItemView of(AmmunitionItem item) {
        return new AmmunitionItemView(item.id, item.itemCode, item.nomenclature, item.calibre, item.unNumber,
                item.hazardDivision, item.compatibilityGroup, item.neqPerUnitKg, item.status, item.retiredReason,
                item.version);
    }
}
