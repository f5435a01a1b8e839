package org.stockpile.site;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A storage location as a client sends it; {@code code} is taken on creation only.
 * The read-only fields of its view are accepted and ignored, so that a record read can be sent back whole.
 */
@JsonIgnoreProperties({ "id", "tagCode", "siteCode", "status", "retiredReason" })
public record StorageLocationRequest(String code, StorageLocation.Kind kind, String description, Long version) {
}
