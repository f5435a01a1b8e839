package org.stockpile.site;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A force or region as a client sends it. {@code code} is taken on creation only; {@code version} is the one the
 * client read, required on update.
 * The read-only fields of its view are accepted and ignored, so that a record read can be sent back whole.
 */
@JsonIgnoreProperties({ "id", "status", "retiredReason" })
public record CodedRecordRequest(String code, String name, Long version) {
}
