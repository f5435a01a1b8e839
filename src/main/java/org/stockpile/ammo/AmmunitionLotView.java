package org.stockpile.ammo;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stockpile.system.RegistryRecord;
import org.stockpile.system.TagCode;

public record AmmunitionLotView(Long id, String tagCode, String itemCode, String lotNumber,
        @Schema(nullable = true) LocalDate manufactureDate, @Schema(nullable = true) LocalDate expiryDate,
        @Schema(nullable = true) LocalDate nextSurveillanceDate, AmmunitionLot.Condition condition,
        RegistryRecord.Status status, @Schema(nullable = true) String retiredReason, long version) {

    static AmmunitionLotView of(AmmunitionLot lot) {
        return new AmmunitionLotView(lot.id, TagCode.of(TagCode.Kind.AMMUNITION_LOT, lot.id).value(),
                lot.item.itemCode, lot.lotNumber, lot.manufactureDate, lot.expiryDate,
                lot.nextSurveillanceDate, lot.condition, lot.status, lot.retiredReason, lot.version);
    }
}
