package org.stockpile.weapon;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.stockpile.security.CurrentUser;
import org.stockpile.site.ForceService;
import org.stockpile.site.SiteService;
import org.stockpile.site.StorageLocationService;
import org.stockpile.system.Messages;
import org.stockpile.system.RecordValidator;
import org.stockpile.system.RegistryRecord;
import org.stockpile.system.paging.Filter;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;
import org.stockpile.system.problem.ProblemException;

/**
 * The weapons registry: registration into a site (in store), correction of the record, retirement of a record
 * made in error. Identity and national serial are unique; a weapon is seen only through its current site.
 */
@ApplicationScoped
public class WeaponService {

    private static final Messages.Key WEAPON = new Messages.Key("record.weapon");
    private static final Map<String, String> SORTABLE = Map.ofEntries(Map.entry("id", "w.id"),
            Map.entry("manufacturerSerial", "w.manufacturerSerial"), Map.entry("nationalSerial", "w.nationalSerial"),
            Map.entry("model", "w.model"), Map.entry("type", "w.type"), Map.entry("calibre", "w.calibre"),
            Map.entry("state", "w.state"), Map.entry("siteCode", "w.site.code"), Map.entry("createdAt", "w.createdAt"));

    private final WeaponRepository weapons;
    private final SiteService sites;
    private final StorageLocationService locations;
    private final ForceService forces;
    private final RecordValidator validator;
    private final CurrentUser user;
    private final Clock clock;
    private final RegistrationReceipts receipts;
    private final WeaponPlacement placement;
    private final IdentityCorrections corrections;

    WeaponService(WeaponRepository weapons, SiteService sites, StorageLocationService locations,
            ForceService forces, RecordValidator validator, CurrentUser user, Clock clock,
            RegistrationReceipts receipts, WeaponPlacement placement, IdentityCorrections corrections) {
        this.weapons = weapons;
        this.sites = sites;
        this.locations = locations;
        this.forces = forces;
        this.validator = validator;
        this.user = user;
        this.clock = clock;
        this.receipts = receipts;
        this.placement = placement;
        this.corrections = corrections;
    }

    public record Criteria(String query, String siteCode, Weapon.State state, Weapon.Type type, String calibre,
            String owningForceCode, RegistryRecord.Status status) {
    }

    public Page<WeaponView> list(Criteria criteria, PageRequest page) {
        Filter filter = new Filter().within(user.scope(), "s", "w.destinationSite")
                .contains(criteria.query(), "w.manufacturerSerial", "w.nationalSerial", "w.model")
                .equal("w.site.code", criteria.siteCode())
                .equal("w.state", criteria.state())
                .equal("w.type", criteria.type())
                .equal("w.calibre", criteria.calibre())
                .equal("w.owningForce.code", criteria.owningForceCode())
                .equal("w.status", criteria.status());
        // Only the associations every weapon has are fetch-joined: the count query derived from this one must
        // not lose the weapons without a location, holder or destination (batch fetching loads those).
        return Page.of(weapons.find("from Weapon w join fetch w.site s join fetch w.owningForce where "
                + filter.query(),
                page.toSort(SORTABLE, "manufacturerSerial"), filter.parameters()), page, WeaponView::of);
    }

    public WeaponView get(long id) {
        return WeaponView.of(requireVisible(id));
    }

    /** Registers a weapon new to the registry into a site's store. */
    @Transactional
    public WeaponView register(WeaponRequest request) {
        Weapon weapon = new Weapon();
        weapon.state = Weapon.State.IN_STORE;
        weapon.site = request.siteCode() == null ? null
                : sites.requireActiveVisibleByCode("siteCode", request.siteCode());
        weapon.storageLocation = weapon.site == null || request.storageLocationCode() == null ? null
                : locations.requireActiveByCode(weapon.site, "storageLocationCode", request.storageLocationCode());
        placement.requireAllowedAt(weapon.storageLocation);
        apply(weapon, request);
        weapons.persistAndFlush(weapon);
        receipts.recordRegistration(weapon);
        return WeaponView.of(weapon);
    }

    /** What a correction did: applied at once, or held for a second person because it changes the identity. */
    public record Correction(WeaponView weapon, UUID pendingOperationId) {
    }

    /**
     * Corrects a weapon's record. A change to what identifies the weapon (see {@link Weapon#identityChanges}) is
     * checked in full, then held for a second person; any other change is made at once.
     */
    @Transactional
    public Correction update(long id, WeaponRequest request) {
        Weapon weapon = requireVisible(id);
        weapon.requireEditable(request.version());
        requireUnchanged("siteCode", request.siteCode(), weapon.site.code);
        requireUnchanged("storageLocationCode", request.storageLocationCode(),
                weapon.storageLocation == null ? null : weapon.storageLocation.code);
        List<String> changes = weapon.identityChanges(request);
        if (!changes.isEmpty()) {
            apply(weapon.draft(), request);
            return new Correction(null, corrections.hold(weapon, request, changes));
        }
        apply(weapon, request);
        weapons.flush();
        return new Correction(WeaponView.of(weapon), null);
    }

    /** Makes an approved correction of identity, checked again against the registry as it is now. */
    public void correctIdentity(Weapon weapon, WeaponRequest request) {
        apply(weapon, request);
        weapons.flush();
    }

    @Transactional
    public WeaponView retire(long id, String reason) {
        Weapon weapon = requireVisible(id);
        weapon.retire(reason, user.name());
        weapons.flush();
        return WeaponView.of(weapon);
    }

    /** The weapon if the caller may see it: at a site in their scope, or on its way to one. 404 otherwise. */
    public Weapon requireVisible(long id) {
        return weapons.findByIdOptional(id).filter(this::isVisible)
                .orElseThrow(() -> ProblemException.notFound(WEAPON, id));
    }

    public boolean isVisible(Weapon weapon) {
        return sites.isVisible(weapon.site)
                || (weapon.destinationSite != null && sites.isVisible(weapon.destinationSite));
    }

    private void apply(Weapon weapon, WeaponRequest request) {
        weapon.type = request.type();
        weapon.manufacturer = request.manufacturer();
        weapon.model = request.model();
        weapon.calibre = request.calibre();
        weapon.manufacturerSerial = request.manufacturerSerial();
        weapon.nationalSerial = request.nationalSerial();
        weapon.ownershipMark = request.ownershipMark();
        weapon.countryOfManufacture = request.countryOfManufacture();
        weapon.yearOfManufacture = request.yearOfManufacture();
        weapon.countryOfImport = request.countryOfImport();
        weapon.yearOfImport = request.yearOfImport();
        weapon.markingLocations = request.markingLocations();
        weapon.condition = request.condition() == null ? Weapon.Condition.SERVICEABLE : request.condition();
        weapon.owningForce = request.owningForceCode() == null ? null
                : forces.requireActiveByCode("owningForceCode", request.owningForceCode());
        validator.requireValid(weapon);
        requireNotInFuture("yearOfManufacture", weapon.yearOfManufacture);
        requireNotInFuture("yearOfImport", weapon.yearOfImport);
        if (weapon.yearOfManufacture != null && weapon.yearOfImport != null
                && weapon.yearOfImport < weapon.yearOfManufacture) {
            throw ProblemException.rule("yearOfImport", "problem.rule-violation.import-before-manufacture");
        }
        if (weapons.identityTaken(weapon)) {
            throw ProblemException.duplicate("manufacturerSerial", weapon.manufacturerSerial);
        }
        if (weapons.nationalSerialTaken(weapon)) {
            throw ProblemException.duplicate("nationalSerial", weapon.nationalSerial);
        }
    }

    private void requireNotInFuture(String field, Integer year) {
        int thisYear = Year.now(clock).getValue();
        if (year != null && year > thisYear) {
            throw ProblemException.rule(field, "problem.rule-violation.year-in-future", String.valueOf(thisYear));
        }
    }

    private static void requireUnchanged(String field, String requested, String current) {
        if (requested != null && !Objects.equals(requested, current)) {
            throw ProblemException.rule(field, "problem.rule-violation.moved-by-custody-only");
        }
    }
}
