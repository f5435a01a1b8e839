package org.stockpile.key;

/**
 * The count national policy calls for when a key changes hands, provided by the stocktakes (which this register must
 * not depend on): the count already open at the key's site, or a new full count of what the key opens.
 */
public interface HandoverCount {

    /** The id of the stocktake that counts what {@code key} opens, within the caller's transaction. */
    long countFor(SiteKey key);
}
