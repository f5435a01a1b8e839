package org.stockpile.stocktake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.stockpile.stocktake.Reconciliation.BookWeapon;
import org.stockpile.stocktake.Reconciliation.Category;
import org.stockpile.stocktake.Reconciliation.FoundWeapon;
import org.stockpile.weapon.Weapon;

/** Every category a count can put a weapon or a lot in, the movements recorded meanwhile, and the sample's rate. */
class ReconciliationTest {

    private static final long RACK_A = 1;
    private static final long RACK_B = 2;

    private static BookWeapon inStore(long id, Long location) {
        return new BookWeapon(id, "W" + id, location, Weapon.State.IN_STORE);
    }

    private static FoundWeapon found(long id, Long location) {
        return new FoundWeapon("W" + id, id, location);
    }

    private static Reconciliation weapons(List<BookWeapon> book, List<FoundWeapon> found, Set<Long> moved) {
        return Reconciliation.of(book, found, moved, Map.of(), Map.of(), Set.of(), Reconciliation.SAMPLE_THRESHOLD);
    }

    private static Map<String, Category> byTag(Reconciliation reconciliation) {
        return reconciliation.weapons().stream()
                .collect(Collectors.toMap(Reconciliation.WeaponLine::tag, Reconciliation.WeaponLine::category));
    }

    @Test
    void eachWeaponFallsInTheCategoryOfWhatTheCountFoundAgainstTheBook() {
        List<BookWeapon> book = List.of(inStore(1, RACK_A), inStore(2, RACK_A), inStore(3, RACK_A),
                new BookWeapon(4, "W4", null, Weapon.State.ISSUED), new BookWeapon(5, "W5", null, Weapon.State.ISSUED),
                inStore(6, null));
        List<FoundWeapon> found = List.of(found(1, RACK_A), found(2, RACK_B), found(4, RACK_A), found(6, RACK_B),
                found(9, RACK_A), new FoundWeapon("W00000ZZ", null, RACK_A));
        Reconciliation result = weapons(book, found, Set.of());
        assertEquals(Map.of("W1", Category.FOUND, "W2", Category.MOVED, "W3", Category.MISSING,
                "W4", Category.CONTRADICTS, "W6", Category.FOUND, "W9", Category.UNEXPECTED,
                "W00000ZZ", Category.UNEXPECTED), byTag(result));
        // W5 is issued on the book and was not found in store: the count agrees, and it has no line.
        assertEquals(6, result.records());
        assertEquals(3, result.agreeing());
        assertEquals(new BigDecimal("0.5000"), result.matchRate());
        assertEquals(5, result.discrepancies().size(), "W2, W3, W4 and the two unexpected");
        assertEquals(2, result.count(Category.UNEXPECTED));
    }

    @Test
    void movementsRecordedSinceOpeningAccountForTheDifferences() {
        List<BookWeapon> book = List.of(inStore(1, RACK_A), inStore(2, RACK_A),
                new BookWeapon(3, "W3", null, Weapon.State.ISSUED));
        // W1 issued after opening (not found), W2 moved to rack B by an operation, W3 returned and found,
        // W7 received from another site and found.
        Reconciliation result = weapons(book, List.of(found(2, RACK_B), found(3, RACK_A), found(7, RACK_A)),
                Set.of(1L, 2L, 3L, 7L));
        assertEquals(Map.of("W1", Category.ACCOUNTED, "W2", Category.ACCOUNTED, "W3", Category.ACCOUNTED,
                "W7", Category.ACCOUNTED), byTag(result));
        assertEquals(List.of(), result.discrepancies());
        assertEquals(BigDecimal.ONE.setScale(4), result.matchRate());
    }

    @Test
    void aSampleMeetsTheThresholdAtNinetyPercentOfItsRecordsAndNotBelow() {
        List<BookWeapon> book = new ArrayList<>();
        for (long id = 1; id <= 10; id++) {
            book.add(inStore(id, RACK_A));
        }
        List<FoundWeapon> nine = book.subList(0, 9).stream().map(b -> found(b.weaponId(), RACK_A)).toList();
        Reconciliation atThreshold = weapons(book, nine, Set.of());
        assertEquals(new BigDecimal("0.9000"), atThreshold.matchRate());
        assertTrue(atThreshold.meetsThreshold());
        Reconciliation below = weapons(book, nine.subList(0, 8), Set.of());
        assertEquals(new BigDecimal("0.8000"), below.matchRate());
        assertFalse(below.meetsThreshold());
        assertTrue(weapons(List.of(), List.of(), Set.of()).meetsThreshold(), "an empty book has nothing to miss");
    }

    @Test
    void lotsAreCountedAgainstTheirBookQuantity() {
        Reconciliation result = Reconciliation.of(List.of(), List.of(), Set.of(), Map.of(10L, 100L, 11L, 50L,
                12L, 30L), Map.of(10L, 100L, 11L, 45L, 13L, 5L), Set.of(12L), Reconciliation.SAMPLE_THRESHOLD);
        Map<Long, Reconciliation.LotLine> lots = result.lots().stream()
                .collect(Collectors.toMap(Reconciliation.LotLine::lotId, line -> line));
        assertEquals(Category.FOUND, lots.get(10L).category());
        assertEquals(Category.QUANTITY_DIFFERS, lots.get(11L).category());
        assertEquals(-5, lots.get(11L).difference());
        assertEquals(Category.ACCOUNTED, lots.get(12L).category(), "dispatched since opening, none counted");
        assertEquals(Category.UNEXPECTED, lots.get(13L).category(), "counted here, not on this site's book");
        assertEquals(3, result.records());
        assertEquals(2, result.agreeing());
    }

    @Test
    void aWeaponTheCountIsNotAboutIsNeverMissingButIsJudgedWhenFound() {
        // A count of rack A: the site's weapons on rack B are on the book, but the count is not about them.
        List<BookWeapon> book = List.of(inStore(1, RACK_A), inStore(2, RACK_A),
                new BookWeapon(3, "W3", RACK_B, Weapon.State.IN_STORE, false),
                new BookWeapon(4, "W4", RACK_B, Weapon.State.IN_STORE, false),
                new BookWeapon(5, "W5", null, Weapon.State.ISSUED, false));
        Reconciliation result = weapons(book, List.of(found(1, RACK_A), found(3, RACK_A), found(5, RACK_A)),
                Set.of());
        assertEquals(Map.of("W1", Category.FOUND, "W2", Category.MISSING, "W3", Category.MOVED,
                "W5", Category.CONTRADICTS), byTag(result), "W4, not counted and not found, has no line");
        assertEquals(2, result.records(), "only the records the count is about");
        assertEquals(1, result.agreeing());
    }
}
