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
}
