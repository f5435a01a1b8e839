package org.stockpile.site;

import java.math.BigDecimal;
import java.util.List;


import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A site as a client sends it. {@code code} and {@code kind} are taken on creation only; {@code version} is the
 * one the client read, required on update. {@code licence} is required for explosive storehouses only.
 * The read-only fields of its view are accepted and ignored, so that a record read can be sent back whole.
 */
@JsonIgnoreProperties({ "id", "status", "retiredReason" })
public record SiteRequest(String code, String name, Site.Kind kind, String forceCode, String regionCode,
        BigDecimal latitude, BigDecimal longitude, List<LicenceLimit> licence, Long version) {

    public record LicenceLimit(HazardDivision hazardDivision, BigDecimal maxNeqKg) {
    }
}
