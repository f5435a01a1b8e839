package org.stockpile.site;

import org.stockpile.system.RegistryRecord;

public record StorageLocationView(Long id, String siteCode, String code, StorageLocation.Kind kind,
        String description, RegistryRecord.Status status, String retiredReason, long version) {

    static StorageLocationView of(StorageLocation location) {
        return new StorageLocationView(location.id, location.site.code, location.code, location.kind,
                location.description, location.status, location.retiredReason, location.version);
    }
}
