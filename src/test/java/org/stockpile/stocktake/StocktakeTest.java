package org.stockpile.stocktake;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.stockpile.stocktake.Reconciliation.BookWeapon;
import org.stockpile.stocktake.Reconciliation.FoundWeapon;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;
import org.stockpile.weapon.Weapon;

/** When a count may close, and what closing keeps. */
class StocktakeTest {

    private static Stocktake opened(Stocktake.Scope scope) {
        Stocktake stocktake = new Stocktake();
        stocktake.id = 7L;
        stocktake.scope = scope;
        stocktake.openedBy = "inspector-mopti";
        return stocktake;
    }

    /** Ten records of which {@code found} were found. */
    private static Reconciliation counted(int found) {
        List<BookWeapon> book = java.util.stream.LongStream.rangeClosed(1, 10)
                .mapToObj(id -> new BookWeapon(id, "W" + id, null, Weapon.State.IN_STORE)).toList();
        List<FoundWeapon> scans = book.subList(0, found).stream()
                .map(weapon -> new FoundWeapon(weapon.tag(), weapon.weaponId(), null)).toList();
        return Reconciliation.of(book, scans, Set.of(), Map.of(), Map.of(), Set.of(),
                Reconciliation.SAMPLE_THRESHOLD);
    }

    private static ProblemException refusal(Stocktake stocktake, String closer, String remarks, int found,
            Set<String> unexplained) {
        return assertThrows(ProblemException.class,
                () -> stocktake.requireClosable(closer, remarks, counted(found), unexplained));
    }

    @Test
    void whoeverOpenedACountDoesNotCloseIt() {
        ProblemException refused = refusal(opened(Stocktake.Scope.FULL), "inspector-mopti", null, 10, Set.of());
        assertEquals(ProblemType.FORBIDDEN, refused.type());
        assertEquals("problem.stocktake.second-person", refused.detailKey());
        assertDoesNotThrow(() -> opened(Stocktake.Scope.FULL).requireClosable("commander", null, counted(10),
                Set.of()));
    }

    @Test
    void everyDiscrepancyIsExplainedBeforeClosing() {
        ProblemException refused = refusal(opened(Stocktake.Scope.FULL), "commander", "Fin", 8, Set.of("W9", "W10"));
        assertEquals("problem.stocktake.unexplained", refused.detailKey());
        assertEquals(List.of("W10", "W9"), refused.items().stream().map(ProblemException.Item::tag).toList());
    }

    @Test
    void aSampleBelowTheThresholdClosesOnlyWithItsCausesAndAFullCountNeedsNone() {
        assertEquals("problem.stocktake.below-threshold",
                refusal(opened(Stocktake.Scope.SAMPLE), "commander", " ", 8, Set.of()).detailKey());
        assertDoesNotThrow(() -> opened(Stocktake.Scope.SAMPLE).requireClosable("commander",
                "Registre non tenu ; recensement complet", counted(8), Set.of()));
        assertDoesNotThrow(() -> opened(Stocktake.Scope.SAMPLE).requireClosable("commander", null, counted(9),
                Set.of()), "90 % is enough");
        assertDoesNotThrow(() -> opened(Stocktake.Scope.FULL).requireClosable("commander", null, counted(8),
                Set.of()));
    }

    @Test
    void aClosedCountIsKeptAsItClosedAndTakesNothingMore() {
        Stocktake stocktake = opened(Stocktake.Scope.FULL);
        OffsetDateTime at = OffsetDateTime.parse("2026-11-25T10:00:00Z");
        stocktake.close("commander", at, "  Rien à signaler  ", "{}", "44136fa3");
        assertEquals(Stocktake.Status.CLOSED, stocktake.status);
        assertEquals("Rien à signaler", stocktake.closingRemarks);
        assertEquals(ProblemType.STATE_CONFLICT, assertThrows(ProblemException.class, stocktake::startRecount)
                .type());
        assertThrows(ProblemException.class, () -> stocktake.close("admin", at, null, "{}", "x"));
        assertEquals("commander", stocktake.closedBy);
    }
}
