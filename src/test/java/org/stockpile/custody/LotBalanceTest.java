package org.stockpile.custody;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stockpile.ammo.AmmunitionStock.Whereabouts;

/** The conservation rule of one lot at one site, checked without the service. */
class LotBalanceTest {

    @Test
    void everyRoundThatCameInIsSomewhere() {
        LotBalance books = new LotBalance();
        books.recorded(OperationType.RECEIPT, 1000);
        books.recorded(OperationType.RECEIVE, 200);
        books.recorded(OperationType.ADJUSTMENT, -10);
        books.recorded(OperationType.ISSUE, 300);
        books.recorded(OperationType.CONSUMPTION, 120);
        books.recorded(OperationType.DESTRUCTION, 50);
        books.recorded(OperationType.LOSS, 25);
        books.recorded(OperationType.THEFT, 15);
        books.receivedElsewhere(100);
        books.held(Whereabouts.ON_HAND, 600);
        books.held(Whereabouts.ISSUED_OUT, 180);
        books.held(Whereabouts.IN_TRANSIT, 100);
        assertTrue(books.balanced());
        Views.Conservation view = books.view("EXS-BKO-01", "A00000VS", "762X39-BALL", "L-1");
        assertEquals(1000, view.received());
        assertEquals(-10, view.adjusted());
        assertEquals(200, view.transferredIn());
        assertEquals(600, view.onHand());
        assertEquals(180, view.issuedOut());
        assertEquals(100, view.inTransit());
        assertEquals(100, view.transferredOut());
        assertEquals(120, view.consumed());
        assertEquals(50, view.destroyed());
        assertEquals(40, view.lost());
        assertTrue(view.balanced());
    }

    @Test
    void aRoundThatAppearedOrVanishedOutsideTheLedgerUnbalancesTheBooks() {
        LotBalance appeared = new LotBalance();
        appeared.recorded(OperationType.RECEIPT, 100);
        appeared.held(Whereabouts.ON_HAND, 101);
        assertFalse(appeared.balanced());
        LotBalance vanished = new LotBalance();
        vanished.recorded(OperationType.RECEIPT, 100);
        vanished.held(Whereabouts.ON_HAND, 60);
        vanished.held(Whereabouts.ISSUED_OUT, 39);
        assertFalse(vanished.balanced());
    }
}
