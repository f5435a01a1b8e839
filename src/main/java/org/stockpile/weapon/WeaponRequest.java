package org.stockpile.weapon;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A weapon as a client sends it. {@code siteCode} and {@code storageLocationCode} say where a new weapon is
 * registered; afterwards they change only through custody operations. {@code version} is the one the client read,
 * required on update.
 * The read-only fields of its view are accepted and ignored, so that a record read can be sent back whole.
 */
@JsonIgnoreProperties({ "id", "tagCode", "siteId", "state", "holderTag", "destinationSiteCode", "status",
        "retiredReason" })
public record WeaponRequest(Weapon.Type type, String manufacturer, String model, String calibre,
        String manufacturerSerial, String nationalSerial, String ownershipMark, String countryOfManufacture,
        Integer yearOfManufacture, String countryOfImport, Integer yearOfImport, String markingLocations,
        String owningForceCode, String siteCode, String storageLocationCode, Weapon.Condition condition,
        Long version) {
}
