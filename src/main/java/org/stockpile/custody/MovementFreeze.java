package org.stockpile.custody;

import org.stockpile.site.Site;

/**
 * Whether custody operations at a site are suspended for now: while its stock is counted, when national policy says
 * so. Counting lies above custody, so custody asks through this and the count answers.
 */
public interface MovementFreeze {

    /** Returns when movements at {@code site} are allowed; refuses them otherwise (409, saying why). */
    void requireMovementsAllowed(Site site);
}
