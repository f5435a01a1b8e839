package org.stockpile.custody;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import org.stockpile.ammo.AmmunitionLot;
import org.stockpile.ammo.AmmunitionLotRepository;
import org.stockpile.ammo.AmmunitionStockRepository;
import org.stockpile.person.Holdings;
import org.stockpile.person.Person;
import org.stockpile.person.PersonRepository;
import org.stockpile.security.CurrentUser;
import org.stockpile.site.Site;
import org.stockpile.site.SiteService;
import org.stockpile.system.Messages;
import org.stockpile.system.TagCode;
import org.stockpile.system.paging.Filter;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.weapon.Weapon;
import org.stockpile.weapon.WeaponRepository;
import org.stockpile.weapon.WeaponService;

/**
 * What the ledger and its projections say: histories, holdings, inventories, ammunition stock and conservation,
 * chain verification.
 */
@ApplicationScoped
public class CustodyRecords implements Holdings {

    private final WeaponRepository weapons;
    private final WeaponService weaponService;
    private final PersonRepository personRepository;
    private final SiteService sites;
    private final CustodyLedger ledger;
    private final CurrentUser user;
    private final AmmunitionStockRepository stock;
    private final AmmunitionLotRepository lots;

    CustodyRecords(WeaponRepository weapons, WeaponService weaponService, PersonRepository personRepository,
            SiteService sites,
            CustodyLedger ledger, CurrentUser user, AmmunitionStockRepository stock, AmmunitionLotRepository lots) {
        this.weapons = weapons;
        this.weaponService = weaponService;
        this.personRepository = personRepository;
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
        return new Views.Inventory(site.code, counts,
                lines(new Filter().equal("w.site", site).equal("w.state", Weapon.State.ISSUED)),
                lines(new Filter().equal("w.site", site).equal("w.state", Weapon.State.IN_TRANSIT)),
                lines(new Filter().equal("w.destinationSite", site).equal("w.state", Weapon.State.IN_TRANSIT)));
    }

    /**
     * What a person holds now, of the weapons the caller may see. A site keeps sight of who holds its weapons: the
     * holdings of a person posted elsewhere are shown to it when they include weapons of its own.
     */
    public List<Views.WeaponLine> holdings(long personId) {
        Person person = personRepository.findById(personId);
        List<Views.WeaponLine> held = person == null ? List.of() : heldWeapons(person);
        if (person == null || held.isEmpty() && !sites.isVisible(person.site)) {
            throw ProblemException.notFound(new Messages.Key("record.person"), personId);
        }
        return held;
    }

    private List<Views.WeaponLine> heldWeapons(Person person) {
        return lines(new Filter().equal("w.holder", person).within(user.scope(), "w.site"));
    }

    @Override
    public List<String> heldBy(Person person) {
        List<String> held = new ArrayList<>();
        weapons.find("holder = ?1 order by id", person)
                .stream().forEach(w -> held.add(TagCode.of(TagCode.Kind.WEAPON, w.id).value()));
        stock.find("holderPerson = ?1 and quantity > 0 order by lot.id", person).stream()
                .map(position -> TagCode.of(TagCode.Kind.AMMUNITION_LOT, position.lot.id).value()).distinct()
                .forEach(held::add);
        return held;
    }

    /** The latest weapon movements at the sites in the caller's scope since {@code since}, newest first. */
    public List<Views.EventView> movements(OffsetDateTime since, int limit) {
        Filter filter = new Filter().since("e.serverTime", since).within(user.scope(), "e.site");
        TypedQuery<CustodyEvent> query = weapons.getEntityManager().createQuery("from CustodyEvent e where "
                + "e.weapon is not null and " + filter.query() + " order by e.serverTime desc, e.id desc",
                CustodyEvent.class);
        filter.parameters().forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList().stream().map(Views.EventView::of).toList();
    }

    /** How many active weapons each site in the caller's scope has in each state, by site code. */
    public Map<String, Map<Weapon.State, Long>> countsBySite() {
        Filter filter = new Filter().equal("w.status", Weapon.Status.ACTIVE).within(user.scope(), "w.site");
        TypedQuery<Object[]> query = weapons.getEntityManager().createQuery("select w.site.code, w.state, count(w) "
                + "from Weapon w where " + filter.query() + " group by w.site.code, w.state", Object[].class);
        filter.parameters().forEach(query::setParameter);
        Map<String, Map<Weapon.State, Long>> counts = new TreeMap<>();
        for (Object[] row : query.getResultList()) {
            counts.computeIfAbsent((String) row[0], code -> new EnumMap<>(Weapon.State.class))
                    .put((Weapon.State) row[1], (Long) row[2]);
        }
        return counts;
    }

    /** A weapon's every event, in order: who, when, where, what, approved by whom. */
    public List<Views.EventView> history(long weaponId) {
        Weapon weapon = weaponService.requireVisible(weaponId);
        return weapons.getEntityManager()
                .createQuery("from CustodyEvent e where e.weapon = ?1 order by e.serverTime, e.id", CustodyEvent.class)
                .setParameter(1, weapon).getResultStream().map(Views.EventView::of).toList();
    }

    /** The weapon events one operation wrote, in order; none while it waits for a second person. */
    public List<Views.EventView> operation(UUID operationId) {
        return weapons.getEntityManager()
                .createQuery("from CustodyEvent e where e.operationId = ?1 and e.weapon is not null order by e.id",
                        CustodyEvent.class)
                .setParameter(1, operationId).getResultStream().map(Views.EventView::of).toList();
    }

    /** The ammunition events one operation wrote, in order. */
    public List<Views.AmmunitionEventView> ammunitionOperation(UUID operationId) {
        return weapons.getEntityManager()
                .createQuery("from CustodyEvent e join fetch e.lot l join fetch l.item where e.operationId = ?1 "
                        + "and e.lot is not null order by e.id", CustodyEvent.class)
                .setParameter(1, operationId).getResultStream().map(Views.AmmunitionEventView::of).toList();
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
        Filter filter = new Filter().within(user.scope(), "a.site").equal("a.site", site);
        return stock.find("from AmmunitionStock a join fetch a.lot l join fetch l.item join fetch a.site s "
                + "where a.quantity > 0 and " + filter.query() + " order by s.code, l.id, a.id", filter.parameters())
                .stream()
                .map(a -> new Views.StockLine(TagCode.of(TagCode.Kind.AMMUNITION_LOT, a.lot.id).value(),
                        a.lot.item.itemCode, a.lot.lotNumber, a.site.code,
                        a.storageLocation == null ? null : a.storageLocation.code,
                        a.holderPerson == null ? null : TagCode.of(TagCode.Kind.PERSON, a.holderPerson.id).value(),
                        a.holderUnit == null ? null : a.holderUnit.code,
                        a.transitToSite == null ? null : a.transitToSite.code, a.quantity))
                .toList();
    }

    /**
     * For every lot at every site in the caller's scope that the ledger has moved there: received + adjusted +
     * transferred in = on hand + issued out + in transit + transferred out + consumed + destroyed. A transfer counts
     * out of the site that dispatched it when the other site receives it. A lot that does not balance at a site means
     * a quantity changed there outside the ledger.
     */
    public List<Views.Conservation> conservation() {
        Map<SiteLot, LotBalance> books = new TreeMap<>();
        Filter atSite = new Filter().within(user.scope(), "e.site");
        for (Object[] row : query("select e.site.id, e.lot.id, e.type, sum(e.quantity) from CustodyEvent e "
                + "where e.lot is not null and " + atSite.query() + " group by e.site.id, e.lot.id, e.type", atSite)) {
            balance(books, (Long) row[0], (Long) row[1]).recorded((OperationType) row[2], (Long) row[3]);
        }
        Filter fromSite = new Filter().within(user.scope(), "e.counterpartSite").equal("e.type", OperationType.RECEIVE);
        for (Object[] row : query("select e.counterpartSite.id, e.lot.id, sum(e.quantity) from CustodyEvent e "
                + "where e.lot is not null and e.counterpartSite is not null and " + fromSite.query()
                + " group by e.counterpartSite.id, e.lot.id",
                fromSite)) {
            balance(books, (Long) row[0], (Long) row[1]).receivedElsewhere((Long) row[2]);
        }
        Filter positions = new Filter().within(user.scope(), "a.site");
        stock.find("from AmmunitionStock a where " + positions.query(), positions.parameters()).stream()
                .forEach(position -> balance(books, position.site.id, position.lot.id)
                        .held(position.whereabouts(), position.quantity));
        Map<Long, Site> siteById = new HashMap<>();
        Map<Long, AmmunitionLot> lotById = new HashMap<>();
        if (!books.isEmpty()) {
            weapons.getEntityManager().createQuery("from Site s where s.id in ?1", Site.class)
                    .setParameter(1, books.keySet().stream().map(SiteLot::siteId).distinct().toList())
                    .getResultList().forEach(site -> siteById.put(site.id, site));
            lots.find("from AmmunitionLot l join fetch l.item where l.id in ?1",
                    books.keySet().stream().map(SiteLot::lotId).distinct().toList())
                    .stream().forEach(lot -> lotById.put(lot.id, lot));
        }
        List<Views.Conservation> report = new ArrayList<>();
        books.forEach((key, balance) -> {
            AmmunitionLot lot = lotById.get(key.lotId());
            report.add(balance.view(siteById.get(key.siteId()).code,
                    TagCode.of(TagCode.Kind.AMMUNITION_LOT, lot.id).value(), lot.item.itemCode, lot.lotNumber));
        });
        return report;
    }

    private static LotBalance balance(Map<SiteLot, LotBalance> books, long siteId, long lotId) {
        return books.computeIfAbsent(new SiteLot(siteId, lotId), key -> new LotBalance());
    }

    private record SiteLot(long siteId, long lotId) implements Comparable<SiteLot> {
        @Override
        public int compareTo(SiteLot other) {
            return siteId != other.siteId ? Long.compare(siteId, other.siteId) : Long.compare(lotId, other.lotId);
        }
    }

    private List<Object[]> query(String jpql, Filter filter) {
        var query = weapons.getEntityManager().createQuery(jpql, Object[].class);
        filter.parameters().forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * The weapons a filter selects, read as values in one statement: a site's list can run to thousands, and as
     * entities each would also load its site, location, holder and destination.
     */
    private List<Views.WeaponLine> lines(Filter filter) {
        return query("select w.id, w.model, w.manufacturerSerial, w.nationalSerial, w.state, l.code, h.id, s.code, "
                + "d.code from Weapon w join w.site s left join w.storageLocation l left join w.holder h "
                + "left join w.destinationSite d where " + filter.query() + " order by w.id", filter).stream()
                .map(row -> Views.WeaponLine.of((Long) row[0], (String) row[1], (String) row[2], (String) row[3],
                        (Weapon.State) row[4], (String) row[5], (Long) row[6], (String) row[7], (String) row[8]))
                .toList();
    }
}
