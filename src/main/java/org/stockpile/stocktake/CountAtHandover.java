package org.stockpile.stocktake;

import jakarta.enterprise.context.ApplicationScoped;

import org.stockpile.key.HandoverCount;
import org.stockpile.key.SiteKey;

/** The count a key's change of holder calls for, opened by the stocktakes for the key register. */
@ApplicationScoped
class CountAtHandover implements HandoverCount {

    private final Stocktakes stocktakes;

    CountAtHandover(Stocktakes stocktakes) {
        this.stocktakes = stocktakes;
    }

    @Override
    public long countFor(SiteKey key) {
        return stocktakes.countAtHandover(key.site, key.storageLocation).id;
    }
}
