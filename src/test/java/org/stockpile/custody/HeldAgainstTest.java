package org.stockpile.custody;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stockpile.ammo.StockPosition;

/** An approval finds every item as the request found it, or the request is stale. */
class HeldAgainstTest {

    @Test
    void weaponsWhoseVersionMovedOnAreNamedInIdOrder() {
        HeldAgainst held = HeldAgainst.weapons(Map.of(7L, 3L, 2L, 5L, 9L, 0L));
        assertTrue(held.changedWeapons(Map.of(7L, 3L, 2L, 5L, 9L, 0L)).isEmpty());
        assertEquals(List.of(2L, 9L), held.changedWeapons(Map.of(7L, 3L, 2L, 6L, 9L, 1L)));
        assertEquals(List.of(7L), held.changedWeapons(Map.of(2L, 5L, 9L, 0L)), "a weapon no longer found changed");
    }

    @Test
    void stockCountsThatNoLongerHoldAreNamed() {
        StockPosition onHand = StockPosition.onHand(4, 1, null);
        StockPosition issued = StockPosition.issued(4, 1, 12L, null);
        HeldAgainst held = HeldAgainst.stock(Map.of(onHand, 5000L, issued, 0L));
        assertTrue(held.changedStock(Map.of(onHand, 5000L)).isEmpty(), "an empty position counts as zero");
        List<HeldAgainst.StockCount> changed = held.changedStock(Map.of(onHand, 4000L, issued, 0L));
        assertEquals(1, changed.size());
        assertEquals(onHand, changed.get(0).position());
        assertEquals(5000L, changed.get(0).quantity());
    }
}
