package org.stockpile.site;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stockpile.system.RegistryRecord;

public record SiteView(Long id, String code, String name, Site.Kind kind, String forceCode, String regionCode,
        @Schema(nullable = true) BigDecimal latitude, @Schema(nullable = true) BigDecimal longitude,
        List<SiteRequest.LicenceLimit> licence, RegistryRecord.Status status,
        @Schema(nullable = true) String retiredReason, long version) {

    static SiteView of(Site site) {
        List<SiteRequest.LicenceLimit> licence = site.licenceLimits.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(limit -> new SiteRequest.LicenceLimit(limit.getKey(), limit.getValue()))
                .toList();
        return new SiteView(site.id, site.code, site.name, site.kind, site.force.code, site.region.code,
                site.latitude, site.longitude, licence, site.status, site.retiredReason, site.version);
    }
}
