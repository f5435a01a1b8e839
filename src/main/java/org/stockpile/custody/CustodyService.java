package org.stockpile.custody;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stockpile.person.Person;
import org.stockpile.security.CurrentUser;
import org.stockpile.site.Site;
import org.stockpile.site.SiteService;
import org.stockpile.site.StorageLocation;
import org.stockpile.system.Idempotency;
import org.stockpile.system.InvalidTagException;
import org.stockpile.system.Messages;
import org.stockpile.system.PlainSql;
import org.stockpile.system.TagCode;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;
import org.stockpile.weapon.RegistrationReceipts;
import org.stockpile.weapon.Weapon;
import org.stockpile.weapon.WeaponPlacement;
import org.stockpile.weapon.WeaponRepository;
import org.stockpile.weapon.WeaponService;

/**
 * Custody of weapons, the only way a weapon changes hands, place or state: every scanned weapon is locked (in id
 * order) and checked against scope and the state machine (a batch is all or nothing), then one event per weapon is
 * appended to its site's chain and the weapons are updated. {@link CustodyOperations} runs the steps around that.
 */
@ApplicationScoped
public class CustodyService extends ItemCustody<CustodyRequest, CustodyService.Plan> implements RegistrationReceipts {

    private final WeaponRepository weapons;
    private final WeaponService weaponService;
    private final SiteService sites;
    private final CustodyLedger ledger;
    private final ScannedInputs inputs;
    private final CustodyOperations operations;
    private final CurrentUser user;
    private final TwoPersonRule twoPerson;
    private final WeaponPlacement placement;
    private final CustodyEventRepository events;
    private final MovementFreeze freeze;
    private final PlainSql sql;

    CustodyService(ScannedInputs inputs, WeaponRepository weapons, WeaponService weaponService, SiteService sites,
            CustodyLedger ledger, CustodyOperations operations, CurrentUser user,
            @ConfigProperty(name = "stockpile.custody.two-person") Set<OperationType> twoPerson,
            WeaponPlacement placement, CustodyEventRepository events, MovementFreeze freeze, PlainSql sql) {
        this.freeze = freeze;
        this.sql = sql;
        this.weapons = weapons;
        this.weaponService = weaponService;
        this.sites = sites;
        this.ledger = ledger;
        this.inputs = inputs;
        this.operations = operations;
        this.user = user;
        this.twoPerson = new TwoPersonRule(twoPerson, Map.of());
        this.placement = placement;
        this.events = events;
    }

    /** Everything an operation needs, resolved and checked: nothing is written yet. */
    record Plan(OperationType type, CustodyRequest request, List<Weapon> weapons, Site site, Person person,
            StorageLocation location, Site destination) implements ItemCustody.Planned {

        @Override
        public Person recipient() {
            return type == OperationType.ISSUE ? person : null;
        }

        @Override
        public Set<Weapon.Type> weaponTypes() {
            Set<Weapon.Type> types = EnumSet.noneOf(Weapon.Type.class);
            weapons.forEach(weapon -> types.add(weapon.type));
            return types;
        }
    }

    /** Performs a custody operation, or holds it for a second person when national policy says so. */
    public Idempotency.Answer perform(OperationType type, CustodyRequest request, String idempotencyKey) {
        return operations.perform(this, type, request, idempotencyKey, CustodyOperations.Mode.PERFORM);
    }

    /**
     * The same, as one step of a caller's transaction that owns the request's idempotency (a loss report holds the
     * loss it reports this way).
     */
    public Views.Outcome submit(OperationType type, CustodyRequest request) {
        return operations.submit(this, type, request, CustodyOperations.Mode.PERFORM);
    }

    /** A move a count asks for, held for a second person at the site (see {@link PendingOperation#stocktakeId}). */
    public Views.Outcome submitCorrection(OperationType type, CustodyRequest request, long stocktakeId) {
        return operations.submitCorrection(this, type, request, stocktakeId);
    }

    /** The same operation, lacking certification, held for a commander to override. */
    public Idempotency.Answer requestOverride(OperationType type, CustodyRequest request, String idempotencyKey) {
        return operations.perform(this, type, request, idempotencyKey, CustodyOperations.Mode.REQUEST_OVERRIDE);
    }

    @Override
    PendingOperation.Subject subject() {
        return PendingOperation.Subject.WEAPONS;
    }

    @Override
    Class<CustodyRequest> requestType() {
        return CustodyRequest.class;
    }

    @Override
    Object fingerprint(OperationType type, CustodyRequest request) {
        return List.of(type, request);
    }

    @Override
    OffsetDateTime deviceTime(CustodyRequest request) {
        return request.deviceTime();
    }

    @Override
    boolean requiresSecondPerson(Plan plan) {
        return twoPerson.requiresSecondPerson(plan.type(), plan.weapons().size());
    }

    @Override
    HeldAgainst heldAgainst(Plan plan) {
        return HeldAgainst.weapons(versions(plan.weapons()));
    }

    /** An approved operation is refused when any weapon has changed since, whatever its new state would allow. */
    private static void requireUnchanged(Plan plan, HeldAgainst heldAgainst) {
        List<Long> changed = heldAgainst.changedWeapons(versions(plan.weapons()));
        if (!changed.isEmpty()) {
            List<ProblemException.Item> items = plan.weapons().stream().filter(w -> changed.contains(w.id))
                    .map(w -> item(TagCode.of(TagCode.Kind.WEAPON, w.id), w, "problem.custody.weapon-changed",
                            new Messages.Key("state." + w.state.name())))
                    .toList();
            throw new ProblemException(ProblemType.CUSTODY_CONFLICT, "weaponTags", items,
                    "problem.custody.changed-since-request", items.size());
        }
    }

    private static Map<Long, Long> versions(List<Weapon> weapons) {
        Map<Long, Long> versions = new HashMap<>();
        weapons.forEach(weapon -> versions.put(weapon.id, weapon.version));
        return versions;
    }

    @Override
    public void recordRegistration(Weapon weapon) {
        freeze.requireMovementsAllowed(weapon.site);
        CustodyEvent receipt = CustodyEvent.of(UUID.randomUUID(), OperationType.RECEIPT, weapon, weapon.site,
                user.name(), null);
        receipt.toState = Weapon.State.IN_STORE;
        receipt.storageLocation = weapon.storageLocation;
        ledger.append(List.of(receipt));
    }

    @Override
    Plan plan(OperationType type, CustodyRequest request) {
        List<TagCode> tags = weaponTags(request.weaponTags());
        requireDetails(type, request);
        Map<Long, Weapon> locked = new HashMap<>();
        // Locked in id order (so that two operations never wait on each other) by one plain statement, then read
        // as entities by id: a query that both locks and loads them is translated anew by Hibernate on every call.
        List<Long> ids = sql.list("select id from weapon where id = any(?) order by id for no key update",
                row -> row.getLong(1), (Object) tags.stream().map(TagCode::number).toArray(Long[]::new));
        weapons.getSession().byMultipleIds(Weapon.class).multiLoad(ids).forEach(w -> locked.put(w.id, w));
        Person person = type == OperationType.ISSUE ? inputs.person(request.personTag()) : null;
        List<ProblemException.Item> conflicts = new ArrayList<>();
        List<ProblemException.Item> refusals = new ArrayList<>();
        List<Weapon> planned = new ArrayList<>();
        Set<Site> eventSites = new LinkedHashSet<>();
        for (TagCode tag : tags) {
            Weapon weapon = locked.get(tag.number());
            if (weapon == null || !weaponService.isVisible(weapon)) {
                refusals.add(new ProblemException.Item(tag.value(), null, null, "problem.custody.unknown-weapon"));
                continue;
            }
            if (!weapon.isActive()) {
                refusals.add(item(tag, weapon, "problem.custody.retired-weapon"));
            } else if (!type.allowedFrom(weapon.state)) {
                conflicts.add(item(tag, weapon, "problem.custody.not-allowed-from",
                        new Messages.Key("state." + weapon.state.name()),
                        new Messages.Key("operation." + type.name())));
            } else if (type == OperationType.RETURN && request.personTag() != null
                    && !TagCode.of(TagCode.Kind.PERSON, weapon.holder.id).value()
                            .equals(tagValue(request.personTag()))) {
                conflicts.add(item(tag, weapon, "problem.custody.held-by-another"));
            } else if (type == OperationType.RECEIVE && !sites.isVisible(weapon.destinationSite)) {
                refusals.add(item(tag, weapon, "problem.custody.not-for-this-site"));
            } else {
                planned.add(weapon);
                eventSites.add(type == OperationType.RECEIVE ? weapon.destinationSite : weapon.site);
            }
        }
        if (!refusals.isEmpty() || !conflicts.isEmpty()) {
            refusals.addAll(conflicts);
            throw new ProblemException(conflicts.size() == refusals.size() ? ProblemType.CUSTODY_CONFLICT
                    : ProblemType.CUSTODY_REFUSED, "weaponTags", refusals, "problem.custody.refused", refusals.size());
        }
        if (eventSites.size() > 1) {
            throw ProblemException.rule("weaponTags", "problem.custody.several-sites");
        }
        Site site = eventSites.iterator().next();
        StorageLocation location = request.locationTag() == null ? null : inputs.location(request.locationTag(), site);
        placement.requireAllowedAt(location);
        Site destination = null;
        if (type == OperationType.DISPATCH) {
            destination = inputs.otherSite("destinationSiteCode", request.destinationSiteCode(), site);
        }
        return new Plan(type, request, planned, site, person, location, destination);
    }

    @Override
    Views.Outcome execute(Plan plan, String requestedBy, String approvedBy, HeldAgainst heldAgainst,
            CertificationOverride override) {
        if (heldAgainst != null) {
            requireUnchanged(plan, heldAgainst);
        }
        UUID operationId = UUID.randomUUID();
        List<CustodyEvent> events = new ArrayList<>();
        Map<Long, StorageLocation> issuedFrom = plan.type() == OperationType.RETURN && plan.location() == null
                ? issuedFrom(plan.weapons()) : Map.of();
        for (Weapon weapon : plan.weapons()) {
            CustodyEvent event = CustodyEvent.of(operationId, plan.type(), weapon, plan.site(), requestedBy,
                    approvedBy);
            event.fromState = weapon.state;
            event.toState = plan.type().to();
            event.person = plan.type() == OperationType.ISSUE ? plan.person() : weapon.holder;
            event.storageLocation = switch (plan.type()) {
                // Where it was taken from, so that a return with no location scanned puts it back there.
                case ISSUE -> weapon.storageLocation;
                case RETURN -> plan.location() != null ? plan.location() : issuedFrom.get(weapon.id);
                default -> plan.location();
            };
            event.counterpartSite = switch (plan.type()) {
                case DISPATCH -> plan.destination();
                case RECEIVE -> weapon.site;
                default -> null;
            };
            CustodyRequest request = plan.request();
            event.reason = request.reason();
            event.reference = request.reference();
            event.method = request.method();
            event.witnesses = request.witnesses();
            event.deviceTime = request.deviceTime();
            event.deviceId = request.deviceId();
            event.overriddenBy(override);
            events.add(event);
            plan.type().carryOut(weapon, plan.person(), event.storageLocation, plan.destination());
        }
        ledger.append(events);
        weapons.flush();
        return Views.Outcome.done(plan.type(), operationId, events.stream().map(Views.EventView::of).toList());
    }

    /**
     * For each weapon, the storage location its last issue took it from, when that is recorded, still in use and at
     * the weapon's site: one query for the whole operation.
     */
    private Map<Long, StorageLocation> issuedFrom(List<Weapon> returned) {
        Map<Long, StorageLocation> from = new HashMap<>();
        events.find("from CustodyEvent e where e.weapon in ?1 and e.type = ?2 and e.id = (select max(i.id) "
                + "from CustodyEvent i where i.weapon = e.weapon and i.type = ?2)", returned, OperationType.ISSUE)
                .stream()
                .filter(issue -> issue.storageLocation != null && issue.storageLocation.isActive()
                        && issue.storageLocation.site.id.equals(issue.weapon.site.id))
                .forEach(issue -> from.put(issue.weapon.id, issue.storageLocation));
        return from;
    }

    /** Parses every scanned tag; all bad ones are reported together, before anything is looked up. */
    private static List<TagCode> weaponTags(List<String> scanned) {
        if (scanned == null || scanned.isEmpty()) {
            throw ProblemException.rule("weaponTags", "problem.custody.no-weapon");
        }
        if (scanned.size() > CustodyRequest.MAX_WEAPONS) {
            throw ProblemException.rule("weaponTags", "problem.custody.too-many", CustodyRequest.MAX_WEAPONS);
        }
        List<ProblemException.Item> invalid = new ArrayList<>();
        List<TagCode> tags = new ArrayList<>();
        Set<TagCode> seen = new HashSet<>();
        for (String text : scanned) {
            try {
                TagCode tag = TagCode.parse(text);
                if (tag.kind() != TagCode.Kind.WEAPON) {
                    invalid.add(new ProblemException.Item(text, null, null, "problem.custody.not-a-weapon-tag"));
                } else if (!seen.add(tag)) {
                    invalid.add(new ProblemException.Item(text, null, null, "problem.custody.scanned-twice"));
                } else {
                    tags.add(tag);
                }
            } catch (InvalidTagException e) {
                invalid.add(e.asItem());
            }
        }
        if (!invalid.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_TAG, "weaponTags", invalid, "problem.custody.refused",
                    invalid.size());
        }
        return tags;
    }

    private static void requireDetails(OperationType type, CustodyRequest request) {
        switch (type) {
            case ISSUE -> ScannedInputs.require("personTag", request.personTag());
            case MOVE -> ScannedInputs.require("locationTag", request.locationTag());
            case DISPATCH -> ScannedInputs.require("destinationSiteCode", request.destinationSiteCode());
            case LOSS, THEFT, REPAIR_OUT -> ScannedInputs.require("reason", request.reason());
            case DESTRUCTION -> {
                ScannedInputs.require("method", request.method());
                ScannedInputs.require("witnesses", request.witnesses());
                ScannedInputs.require("reference", request.reference());
            }
            default -> {
            }
        }
    }

    private static String tagValue(String scanned) {
        return TagCode.parse(scanned).value();
    }

    private static ProblemException.Item item(TagCode tag, Weapon weapon, String detailKey, Object... arguments) {
        return new ProblemException.Item(tag.value(), weapon.state.name(),
                weapon.holder == null ? null : TagCode.of(TagCode.Kind.PERSON, weapon.holder.id).value(), detailKey,
                arguments);
    }

}
