package org.stockpile.custody;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.stockpile.person.Person;
import org.stockpile.person.PersonService;
import org.stockpile.security.CurrentUser;
import org.stockpile.site.Site;
import org.stockpile.site.SiteService;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.weapon.Weapon;
import org.stockpile.weapon.WeaponRepository;
import org.stockpile.weapon.WeaponService;

/** What the ledger and the weapons' projection say: histories, holdings, inventories, chain verification. */
@ApplicationScoped
public class CustodyRecords {

    private final WeaponRepository weapons;
    private final WeaponService weaponService;
    private final PersonService persons;
    private final SiteService sites;
    private final CustodyLedger ledger;
    private final CurrentUser user;

    CustodyRecords(WeaponRepository weapons, WeaponService weaponService, PersonService persons, SiteService sites,
            CustodyLedger ledger, CurrentUser user) {
        this.weapons = weapons;
        this.weaponService = weaponService;
        this.persons = persons;
        this.sites = sites;
        this.ledger = ledger;
        this.user = user;
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

    /** One site's chain, or every chain for a user of national scope. */
    public CustodyLedger.Report verify(String siteCode) {
        Site site = siteCode == null ? null : sites.requireActiveVisibleByCode("siteCode", siteCode);
        if (site == null && !user.scope().national()) {
            throw ProblemException.rule("siteCode", "problem.custody.site-required");
        }
        return ledger.verify(site == null ? null : site.id);
    }

    private List<Views.WeaponLine> lines(String condition, Site site) {
        return weapons.find("from Weapon w where " + condition + " order by w.id", site).stream()
                .map(Views.WeaponLine::of).toList();
    }
}
