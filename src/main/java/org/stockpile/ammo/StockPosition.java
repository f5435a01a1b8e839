package org.stockpile.ammo;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where a quantity is: the key of an {@link AmmunitionStock} row. Positions are locked in this natural order, so
 * that concurrent operations on overlapping positions never deadlock.
 */
public record StockPosition(long lotId, long siteId, Long locationId, Long personId, Long unitId, Long transitToId)
        implements Comparable<StockPosition> {

    private static final Comparator<StockPosition> ORDER = Comparator.comparingLong(StockPosition::lotId)
            .thenComparingLong(StockPosition::siteId)
            .thenComparing(p -> Objects.requireNonNullElse(p.locationId(), 0L))
            .thenComparing(p -> Objects.requireNonNullElse(p.personId(), 0L))
            .thenComparing(p -> Objects.requireNonNullElse(p.unitId(), 0L))
            .thenComparing(p -> Objects.requireNonNullElse(p.transitToId(), 0L));

    public static StockPosition onHand(long lotId, long siteId, Long locationId) {
        return new StockPosition(lotId, siteId, locationId, null, null, null);
    }

    public static StockPosition issued(long lotId, long siteId, Long personId, Long unitId) {
        return new StockPosition(lotId, siteId, null, personId, unitId, null);
    }

    public static StockPosition inTransit(long lotId, long fromSiteId, long toSiteId) {
        return new StockPosition(lotId, fromSiteId, null, null, null, toSiteId);
    }

    @Override
    public int compareTo(StockPosition other) {
        return ORDER.compare(this, other);
    }
}
