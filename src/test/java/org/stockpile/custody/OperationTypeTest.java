package org.stockpile.custody;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.stockpile.person.Person;
import org.stockpile.site.Site;
import org.stockpile.site.StorageLocation;
import org.stockpile.weapon.Weapon;
import org.stockpile.weapon.Weapon.State;

/** What each custody operation does to a weapon's record, checked without the service or a database. */
class OperationTypeTest {

    private final Site gao = new Site();
    private final Site kayes = new Site();
    private final StorageLocation rack = new StorageLocation();
    private final StorageLocation otherRack = new StorageLocation();
    private final Person soldier = new Person();

    private Weapon weapon(State state) {
        Weapon weapon = new Weapon();
        weapon.state = state;
        weapon.site = gao;
        weapon.storageLocation = state == State.IN_STORE ? rack : null;
        weapon.holder = state == State.ISSUED ? soldier : null;
        weapon.destinationSite = state == State.IN_TRANSIT ? kayes : null;
        return weapon;
    }

    @Test
    void anIssueGivesTheWeaponToItsRecipientOffTheRack() {
        Weapon weapon = weapon(State.IN_STORE);
        OperationType.ISSUE.carryOut(weapon, soldier, rack, null);
        assertEquals(State.ISSUED, weapon.state);
        assertSame(soldier, weapon.holder);
        assertNull(weapon.storageLocation);
        assertSame(gao, weapon.site);
    }

    @Test
    void aReturnPutsItOnTheRackScannedOrLeavesItWhereItWas() {
        Weapon scanned = weapon(State.ISSUED);
        OperationType.RETURN.carryOut(scanned, null, otherRack, null);
        assertEquals(State.IN_STORE, scanned.state);
        assertNull(scanned.holder);
        assertSame(otherRack, scanned.storageLocation);
        Weapon moved = weapon(State.IN_STORE);
        OperationType.MOVE.carryOut(moved, null, null, null);
        assertSame(rack, moved.storageLocation, "no rack scanned: where it was");
    }

    @Test
    void aDispatchSendsItTowardsItsDestinationAndAReceiptPutsItThere() {
        Weapon weapon = weapon(State.IN_STORE);
        OperationType.DISPATCH.carryOut(weapon, null, null, kayes);
        assertEquals(State.IN_TRANSIT, weapon.state);
        assertSame(gao, weapon.site, "still on the sending site's books until received");
        assertSame(kayes, weapon.destinationSite);
        assertNull(weapon.storageLocation);
        OperationType.RECEIVE.carryOut(weapon, null, otherRack, null);
        assertEquals(State.IN_STORE, weapon.state);
        assertSame(kayes, weapon.site);
        assertNull(weapon.destinationSite);
        assertSame(otherRack, weapon.storageLocation);
    }

    @Test
    void aLostOrStolenWeaponIsNowhereAndNobodysUntilRecovered() {
        for (OperationType type : new OperationType[] { OperationType.LOSS, OperationType.THEFT }) {
            Weapon weapon = weapon(State.ISSUED);
            type.carryOut(weapon, null, null, null);
            assertEquals(type.to(), weapon.state);
            assertNull(weapon.holder);
            assertNull(weapon.storageLocation);
            assertNull(weapon.destinationSite);
            OperationType.RECOVERY.carryOut(weapon, null, rack, null);
            assertEquals(State.IN_STORE, weapon.state);
            assertSame(rack, weapon.storageLocation);
        }
    }

    @Test
    void repairAndDestructionTakeItOffTheRack() {
        Weapon weapon = weapon(State.IN_STORE);
        OperationType.REPAIR_OUT.carryOut(weapon, null, null, null);
        assertEquals(State.UNDER_REPAIR, weapon.state);
        assertNull(weapon.storageLocation);
        OperationType.DESTRUCTION.carryOut(weapon, null, null, null);
        assertEquals(State.DESTROYED, weapon.state);
    }

    @Test
    void nothingStartsFromAStateItIsNotAllowedFromAndDestroyedIsFinal() {
        Weapon issued = weapon(State.ISSUED);
        assertThrows(IllegalStateException.class, () -> OperationType.ISSUE.carryOut(issued, soldier, null, null));
        assertSame(soldier, issued.holder, "a refused operation changes nothing");
        assertEquals(State.ISSUED, issued.state);
        assertTrue(Arrays.stream(OperationType.values()).noneMatch(type -> type.allowedFrom(State.DESTROYED)));
        assertFalse(OperationType.RECEIPT.forWeapons());
    }

    @Test
    void theScansSuggestTheOperationOnlyWhenOneFits() {
        List<State> inStore = List.of(State.IN_STORE, State.IN_STORE);
        assertEquals(Optional.of(OperationType.ISSUE), OperationType.suggestedFor(true, false, inStore));
        assertEquals(Optional.of(OperationType.MOVE), OperationType.suggestedFor(false, true, inStore));
        assertEquals(Optional.empty(), OperationType.suggestedFor(false, false, inStore), "move, dispatch, loss…");
        assertEquals(Optional.empty(), OperationType.suggestedFor(true, true, inStore));
        assertEquals(Optional.of(OperationType.RETURN),
                OperationType.suggestedFor(false, true, List.of(State.ISSUED, State.ISSUED)));
        assertEquals(Optional.of(OperationType.RECEIVE),
                OperationType.suggestedFor(false, false, List.of(State.IN_TRANSIT)));
        assertEquals(Optional.of(OperationType.REPAIR_BACK),
                OperationType.suggestedFor(false, false, List.of(State.UNDER_REPAIR)));
        assertEquals(Optional.of(OperationType.RECOVERY),
                OperationType.suggestedFor(false, false, List.of(State.LOST, State.STOLEN)));
        assertEquals(Optional.empty(), OperationType.suggestedFor(false, false, List.of(State.ISSUED, State.IN_STORE)));
        assertEquals(Optional.empty(), OperationType.suggestedFor(true, false, List.of(State.ISSUED)),
                "a badge with issued weapons is nothing the counter can guess");
        assertEquals(Optional.empty(), OperationType.suggestedFor(true, false, List.of()));
    }
}
