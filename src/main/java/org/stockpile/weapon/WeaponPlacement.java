package org.stockpile.weapon;

import org.stockpile.site.StorageLocation;

/**
 * Whether a weapon may be put in a storage location, as far as another feature's rule decides it: the ammunition
 * feature keeps weapons and ammunition apart, and implements this.
 */
public interface WeaponPlacement {

    /** Refuses (422 naming the location) a weapon put where it may not be; a null location is always allowed. */
    void requireAllowedAt(StorageLocation location);
}
