package org.stockpile.ammo;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.stockpile.person.Person;
import org.stockpile.site.Site;
import org.stockpile.site.Unit;
import org.stockpile.site.StorageLocation;

/**
 * A quantity of one lot in one place: on hand at a site (perhaps in a storage location), issued out to a person
 * or a unit, or in transit from the site to another. Changed only by custody events; never negative.
 */
@Entity
@Table(name = "ammunition_stock")
public class AmmunitionStock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public AmmunitionLot lot;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public Site site;

    @ManyToOne(fetch = FetchType.LAZY)
    public StorageLocation storageLocation;

    @ManyToOne(fetch = FetchType.LAZY)
    public Person holderPerson;

    @ManyToOne(fetch = FetchType.LAZY)
    public Unit holderUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    public Site transitToSite;

    public long quantity;

    /** Where a position's quantity is. */
    public enum Whereabouts {
        ON_HAND, ISSUED_OUT, IN_TRANSIT
    }

    public Whereabouts whereabouts() {
        if (transitToSite != null) {
            return Whereabouts.IN_TRANSIT;
        }
        return holderPerson == null && holderUnit == null ? Whereabouts.ON_HAND : Whereabouts.ISSUED_OUT;
    }

    public boolean isOnHand() {
        return whereabouts() == Whereabouts.ON_HAND;
    }

    /** {@link #isOnHand()}, as a JPQL condition on the position named {@code alias}. */
    public static String onHandCondition(String alias) {
        return String.format("%1$s.holderPerson is null and %1$s.holderUnit is null and %1$s.transitToSite is null",
                alias);
    }
}
