package org.stockpile.ammo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stockpile.ammo.AmmunitionStock.Whereabouts;
import org.stockpile.person.Person;
import org.stockpile.site.Site;
import org.stockpile.site.Unit;

/** Where a stock position's rounds are, checked without the service. */
class AmmunitionStockTest {

    @Test
    void aPositionWithNoHolderAndNoDestinationIsOnHand() {
        assertEquals(Whereabouts.ON_HAND, new AmmunitionStock().whereabouts());
        assertTrue(new AmmunitionStock().isOnHand());
    }

    @Test
    void aPositionHeldByAPersonOrAUnitIsIssuedOut() {
        AmmunitionStock person = new AmmunitionStock();
        person.holderPerson = new Person();
        assertEquals(Whereabouts.ISSUED_OUT, person.whereabouts());
        AmmunitionStock unit = new AmmunitionStock();
        unit.holderUnit = new Unit();
        assertEquals(Whereabouts.ISSUED_OUT, unit.whereabouts());
    }

    @Test
    void aPositionOnItsWayToAnotherSiteIsInTransit() {
        AmmunitionStock position = new AmmunitionStock();
        position.transitToSite = new Site();
        assertEquals(Whereabouts.IN_TRANSIT, position.whereabouts());
        assertFalse(position.isOnHand());
    }

    @Test
    void theQueryConditionSaysTheSameOfThePositionItNames() {
        assertEquals("s.holderPerson is null and s.holderUnit is null and s.transitToSite is null",
                AmmunitionStock.onHandCondition("s"));
    }
}
