package org.stockpile.custody;

import org.stockpile.ammo.AmmunitionStock;

/**
 * The books of one lot at one site: what came in by the ledger (received, adjusted, transferred in), and where it
 * went (on hand, issued out, in transit, transferred out, consumed, destroyed, lost or stolen). They balance when both sides are
 * equal; a lot that does not balance means a quantity changed outside the ledger. A transfer counts out of the
 * site that dispatched it once the other site receives it.
 */
final class LotBalance {

    private long received;
    private long adjusted;
    private long transferredIn;
    private long onHand;
    private long issuedOut;
    private long inTransit;
    private long transferredOut;
    private long consumed;
    private long destroyed;
    private long lost;

    /** Adds the quantity of the site's events of {@code type}; the types that do not change the books are ignored. */
    void recorded(OperationType type, long quantity) {
        switch (type) {
            case RECEIPT -> received += quantity;
            case ADJUSTMENT -> adjusted += quantity;
            case RECEIVE -> transferredIn += quantity;
            case CONSUMPTION -> consumed += quantity;
            case DESTRUCTION -> destroyed += quantity;
            case LOSS, THEFT -> lost += quantity;
            default -> {
                // Issues, returns and dispatches move rounds between positions the site still accounts for.
            }
        }
    }

    /** Adds a quantity another site received from this one. */
    void receivedElsewhere(long quantity) {
        transferredOut += quantity;
    }

    /** Adds what a stock position of the site holds now. */
    void held(AmmunitionStock.Whereabouts whereabouts, long quantity) {
        switch (whereabouts) {
            case ON_HAND -> onHand += quantity;
            case ISSUED_OUT -> issuedOut += quantity;
            case IN_TRANSIT -> inTransit += quantity;
        }
    }

    boolean balanced() {
        return received + adjusted + transferredIn
                == onHand + issuedOut + inTransit + transferredOut + consumed + destroyed + lost;
    }

    Views.Conservation view(String siteCode, String lotTag, String itemCode, String lotNumber) {
        return new Views.Conservation(siteCode, lotTag, itemCode, lotNumber, received, adjusted, transferredIn,
                onHand, issuedOut, inTransit, transferredOut, consumed, destroyed, lost, balanced());
    }
}
