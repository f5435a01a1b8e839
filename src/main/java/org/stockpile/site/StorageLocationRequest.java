package org.stockpile.site;

/** A storage location as a client sends it; {@code code} is taken on creation only. */
public record StorageLocationRequest(String code, StorageLocation.Kind kind, String description, Long version) {
}
