package org.stockpile.weapon;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stockpile.system.RegistryRecord;
import org.stockpile.system.TagCode;

public record WeaponView(Long id, String tagCode, Weapon.Type type, String manufacturer, String model, String calibre,
        String manufacturerSerial, @Schema(nullable = true) String nationalSerial,
        @Schema(nullable = true) String ownershipMark, @Schema(nullable = true) String countryOfManufacture,
        @Schema(nullable = true) Integer yearOfManufacture, @Schema(nullable = true) String countryOfImport,
        @Schema(nullable = true) Integer yearOfImport, @Schema(nullable = true) String markingLocations,
        String owningForceCode, Long siteId, String siteCode, @Schema(nullable = true) String storageLocationCode,
        Weapon.State state, @Schema(nullable = true) String holderTag,
        @Schema(nullable = true) String destinationSiteCode, Weapon.Condition condition, RegistryRecord.Status status,
        @Schema(nullable = true) String retiredReason, long version) {

    static WeaponView of(Weapon weapon) {
        return new WeaponView(weapon.id, TagCode.of(TagCode.Kind.WEAPON, weapon.id).value(), weapon.type,
                weapon.manufacturer, weapon.model, weapon.calibre,
                weapon.manufacturerSerial, weapon.nationalSerial, weapon.ownershipMark, weapon.countryOfManufacture,
                weapon.yearOfManufacture, weapon.countryOfImport, weapon.yearOfImport, weapon.markingLocations,
                weapon.owningForce.code, weapon.site.id, weapon.site.code,
                weapon.storageLocation == null ? null : weapon.storageLocation.code, weapon.state,
                weapon.holder == null ? null : TagCode.of(TagCode.Kind.PERSON, weapon.holder.id).value(),
                weapon.destinationSite == null ? null : weapon.destinationSite.code, weapon.condition,
                weapon.status, weapon.retiredReason, weapon.version);
    }
}
