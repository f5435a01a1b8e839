package org.stockpile.weapon;

import java.util.List;
import java.util.UUID;

/**
 * Holds a correction of a weapon's identity for a second person, and records it in the weapon's history once
 * approved. Implemented by the custody feature, which keeps the two-person rule and the ledger.
 */
public interface IdentityCorrections {

    /** Keeps {@code request} waiting for approval; the id of the pending operation. */
    UUID hold(Weapon weapon, WeaponRequest request, List<String> changes);
}
