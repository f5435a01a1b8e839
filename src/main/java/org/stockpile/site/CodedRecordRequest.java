package org.stockpile.site;

/**
 * A force or region as a client sends it. {@code code} is taken on creation only; {@code version} is the one the
 * client read, required on update.
 */
public record CodedRecordRequest(String code, String name, Long version) {
}
