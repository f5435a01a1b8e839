package org.stockpile.custody;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.stockpile.ammo.AmmunitionLot;
import org.stockpile.ammo.AmmunitionLotRepository;
import org.stockpile.ammo.AmmunitionStockRepository;
import org.stockpile.person.Person;
import org.stockpile.person.PersonService;
import org.stockpile.security.CurrentUser;
import org.stockpile.site.Site;
import org.stockpile.site.SiteService;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.tag.TagCode;
import org.stockpile.weapon.Weapon;
import org.stockpile.weapon.WeaponRepository;
import org.stockpile.weapon.WeaponService;

/**
 * What the ledger and its projections say: histories, holdings, inventories, ammunition stock and conservation,
 * chain verification.
 */
@ApplicationScoped
public class CustodyRecords {

    private final WeaponRepository weapons;
    private final WeaponService weaponService;
    private final PersonService persons;
    private final SiteService sites;
    private final CustodyLedger ledger;
    private final CurrentUser user;
    private final AmmunitionStockRepository stock;
    private final AmmunitionLotRepository lots;

    CustodyRecords(WeaponRepository weapons, WeaponService weaponService, PersonService persons, SiteService sites,
            CustodyLedger ledger, CurrentUser user, AmmunitionStockRepository stock, AmmunitionLotRepository lots) {
        this.weapons = weapons;
        this.weaponService = weaponService;
        this.persons = persons;
        this.sites = sites;
        this.ledger = ledger;
        this.user = user;
        this.stock = stock;
        this.lots = lots;
    }

    /** Counts per state and the lists a clerk checks: issued out, in transit out, in transit in. */
    public Views.Inventory inventory(long siteId) {
        Site site = sites.requireVisible(siteId);
        Map<Weapon.State, Long> counts = new EnumMap<>(Weapon.State.class);
        for (Object[] row : weapons.getEntityManager().createQuery(
                "select w.state, count(w) from Weapon w where w.site = ?1 and w.status = ?2 group by w.state",
                Object[].class).setParameter(1, site).setParameter(2, Weapon.Status.ACTIVE).getResultList()) {
            counts.put((Weapon.State) row[0], (Long) row[1]);
        }
        return new Views.Inventory(site.code, counts, lines("w.site = ?1 and w.state = 'ISSUED'", site),
                lines("w.site = ?1 and w.state = 'IN_TRANSIT'", site),
                lines("w.destinationSite = ?1 and w.state = 'IN_TRANSIT'", site));
    }

    /** What a person holds now. */
    public List<Views.WeaponLine> holdings(long personId) {
        Person person = persons.requireVisible(personId);
        return weapons.find("holder = ?1 order by id", person).stream().map(Views.WeaponLine::of).toList();
    }

    /** A weapon's every event, in order: who, when, where, what, approved by whom. */
    public List<Views.EventView> history(long weaponId) {
        Weapon weapon = weaponService.requireVisible(weaponId);
        return weapons.getEntityManager()
                .createQuery("from CustodyEvent e where e.weapon = ?1 order by e.serverTime, e.id", CustodyEvent.class)
                .setParameter(1, weapon).getResultStream().map(Views.EventView::of).toList();
    }

    /** One site's chain, or every chain for a user of national scope; breaks found for the first time are recorded. */
    public CustodyLedger.Report verify(String siteCode) {
        Site site = siteCode == null ? null : sites.requireActiveVisibleByCode("siteCode", siteCode);
        if (site == null && !user.scope().national()) {
            throw ProblemException.rule("siteCode", "problem.custody.site-required");
        }
        return ledger.verify(site == null ? null : site.id, user.name());
    }

    /** Quantities of every lot where they are, at one site or across the caller's scope. */
    public List<Views.StockLine> stock(String siteCode) {
        Site site = siteCode == null ? null : sites.requireActiveVisibleByCode("siteCode", siteCode);
        return stock.find("from AmmunitionStock a join fetch a.lot l join fetch l.item join fetch a.site s "
                + "where a.quantity > 0 " + (site == null ? "" : "and s = ?1 ") + "order by s.code, l.id, a.id",
                site == null ? new Object[0] : new Object[] { site }).stream()
                .filter(line -> sites.isVisible(line.site))
                .map(a -> new Views.StockLine(TagCode.of(TagCode.Kind.AMMUNITION_LOT, a.lot.id).value(),
                        a.lot.item.itemCode, a.lot.lotNumber, a.site.code,
                        a.storageLocation == null ? null : a.storageLocation.code,
                        a.holderPerson == null ? null : TagCode.of(TagCode.Kind.PERSON, a.holderPerson.id).value(),
                        a.holderUnit, a.transitToSite == null ? null : a.transitToSite.code, a.quantity))
                .toList();
    }

    /**
     * For every lot the ledger has moved: received + adjusted = on hand + issued out + in transit + consumed +
     * destroyed. A lot that does not balance means a quantity changed outside the ledger.
     */
    public List<Views.Conservation> conservation() {
        Map<Long, long[]> moved = new TreeMap<>();
        for (Object[] row : weapons.getEntityManager().createQuery("select e.lot.id, e.type, sum(e.quantity) "
                + "from CustodyEvent e where e.lot is not null group by e.lot.id, e.type", Object[].class)
                .getResultList()) {
            long[] totals = moved.computeIfAbsent((Long) row[0], lot -> new long[7]);
            long sum = (Long) row[2];
            switch ((OperationType) row[1]) {
                case RECEIPT -> totals[0] += sum;
                case ADJUSTMENT -> totals[1] += sum;
                case CONSUMPTION -> totals[5] += sum;
                case DESTRUCTION -> totals[6] += sum;
                default -> {
                }
            }
        }
        for (Object[] row : weapons.getEntityManager().createQuery("select a.lot.id, "
                + "sum(case when a.holderPerson is null and a.holderUnit is null and a.transitToSite is null "
                + "then a.quantity else 0 end), "
                + "sum(case when a.holderPerson is not null or a.holderUnit is not null then a.quantity else 0 end), "
                + "sum(case when a.transitToSite is not null then a.quantity else 0 end) "
                + "from AmmunitionStock a group by a.lot.id", Object[].class).getResultList()) {
            long[] totals = moved.computeIfAbsent((Long) row[0], lot -> new long[7]);
            totals[2] = (Long) row[1];
            totals[3] = (Long) row[2];
            totals[4] = (Long) row[3];
        }
        List<Views.Conservation> report = new ArrayList<>();
        moved.forEach((lotId, t) -> {
            AmmunitionLot lot = lots.findById(lotId);
            report.add(new Views.Conservation(TagCode.of(TagCode.Kind.AMMUNITION_LOT, lotId).value(),
                    lot.item.itemCode, lot.lotNumber, t[0], t[1], t[2], t[3], t[4], t[5], t[6],
                    t[0] + t[1] == t[2] + t[3] + t[4] + t[5] + t[6]));
        });
        return report;
    }

    private List<Views.WeaponLine> lines(String condition, Site site) {
        return weapons.find("from Weapon w where " + condition + " order by w.id", site).stream()
                .map(Views.WeaponLine::of).toList();
    }
}
