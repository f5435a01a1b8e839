package org.stockpile.site;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stockpile.system.RegistryRecord;
import org.stockpile.system.TagCode;

public record StorageLocationView(Long id, String tagCode, String siteCode, String code, StorageLocation.Kind kind,
        @Schema(nullable = true) String description, RegistryRecord.Status status,
        @Schema(nullable = true) String retiredReason, long version) {

    static StorageLocationView of(StorageLocation location) {
        return new StorageLocationView(location.id, TagCode.of(TagCode.Kind.STORAGE_LOCATION, location.id).value(),
                location.site.code, location.code, location.kind, location.description, location.status,
                location.retiredReason, location.version);
    }
}
