package org.stockpile.ammo;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.stockpile.site.StorageLocation;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class AmmunitionStockRepository implements PanacheRepository<AmmunitionStock> {

    /** Ammunition on hand in a storage location. */
    public long ammunitionAt(StorageLocation location) {
        return find("storageLocation = ?1 and quantity > 0", location).count();
    }

    /** The quantity in {@code position} now (zero when it holds none), read without locking it. */
    public long quantity(StockPosition position) {
        List<?> found = select("quantity", position);
        return found.isEmpty() ? 0 : ((Number) found.get(0)).longValue();
    }

    /** The row of {@code position}, created empty if there is none, locked for the rest of the transaction. */
    public AmmunitionStock lock(StockPosition position) {
        getEntityManager().createNativeQuery("insert into ammunition_stock (lot_id, site_id, storage_location_id, "
                + "holder_person_id, holder_unit_id, transit_to_site_id, quantity) values (?1, ?2, cast(?3 as bigint), "
                + "cast(?4 as bigint), cast(?5 as bigint), cast(?6 as bigint), 0) "
                + "on conflict do nothing")
                .setParameter(1, position.lotId()).setParameter(2, position.siteId())
                .setParameter(3, position.locationId()).setParameter(4, position.personId())
                .setParameter(5, position.unitId()).setParameter(6, position.transitToId()).executeUpdate();
        Number id = (Number) select("id", position).get(0);
        return findById(id.longValue(), LockModeType.PESSIMISTIC_WRITE);
    }

    /** {@code column} of the row of {@code position}, if there is one (absent parts of the key match nulls). */
    private List<?> select(String column, StockPosition position) {
        return getEntityManager().createNativeQuery("select " + column + " from ammunition_stock where lot_id = ?1 "
                + "and site_id = ?2 and storage_location_id is not distinct from cast(?3 as bigint) "
                + "and holder_person_id is not distinct from cast(?4 as bigint) "
                + "and holder_unit_id is not distinct from cast(?5 as bigint) "
                + "and transit_to_site_id is not distinct from cast(?6 as bigint)")
                .setParameter(1, position.lotId()).setParameter(2, position.siteId())
                .setParameter(3, position.locationId()).setParameter(4, position.personId())
                .setParameter(5, position.unitId()).setParameter(6, position.transitToId()).getResultList();
    }
}
