package org.stockpile.ammo;

import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

/** National policy for storing ammunition (application.properties, {@code stockpile.ammunition.*}). */
@ConfigMapping(prefix = "stockpile.ammunition")
public interface AmmunitionPolicy {

    /** For each compatibility group, the groups it may share a store with. */
    Map<String, List<String>> mixing();

    /** Whether weapons and ammunition must be kept in different storage locations. */
    boolean apartFromWeapons();

    /**
     * Per operation name (ISSUE, CONSUMPTION…), the quantity of rounds above which it waits for a second person, as
     * dispatches and destructions always do ({@code stockpile.custody.two-person}).
     */
    Map<String, Long> twoPersonAbove();
}
