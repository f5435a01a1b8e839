package org.stockpile.custody;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stockpile.ammo.AmmunitionCustodyRequest;
import org.stockpile.ammo.AmmunitionLot;
import org.stockpile.ammo.AmmunitionLotRepository;
import org.stockpile.ammo.AmmunitionPolicy;
import org.stockpile.ammo.AmmunitionStock;
import org.stockpile.ammo.AmmunitionStockRepository;
import org.stockpile.ammo.StockPosition;
import org.stockpile.ammo.StorehouseRules;
import org.stockpile.person.Person;
import org.stockpile.site.Site;
import org.stockpile.site.SiteService;
import org.stockpile.site.StorageLocation;
import org.stockpile.site.Unit;
import org.stockpile.site.UnitService;
import org.stockpile.system.Idempotency;
import org.stockpile.system.InvalidTagException;
import org.stockpile.system.TagCode;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

/**
 * Custody of ammunition, counted by lot. An operation moves quantities between stock positions (on hand, issued
 * out, in transit) and appends one event per line to the site's chain: resolve and check every line → lock the
 * positions it touches (in their natural order) → refuse if any would go negative → write. {@link CustodyOperations}
 * runs the steps around that, as for weapons; large quantities wait for a second person.
 */
@ApplicationScoped
public class AmmunitionCustodyService
        extends ItemCustody<AmmunitionCustodyRequest, AmmunitionCustodyService.Plan> {

    public static final Set<OperationType> OPERATIONS = EnumSet.of(OperationType.RECEIPT, OperationType.ISSUE,
            OperationType.RETURN, OperationType.DISPATCH, OperationType.RECEIVE, OperationType.CONSUMPTION,
            OperationType.ADJUSTMENT, OperationType.DESTRUCTION, OperationType.LOSS, OperationType.THEFT);

    private final AmmunitionLotRepository lots;
    private final AmmunitionStockRepository stock;
    private final SiteService sites;
    private final CustodyLedger ledger;
    private final ScannedInputs inputs;
    private final CustodyOperations operations;
    private final Clock clock;
    private final TwoPersonRule twoPerson;
    private final StorehouseRules storehouse;
    private final UnitService units;

    AmmunitionCustodyService(ScannedInputs inputs, AmmunitionLotRepository lots, AmmunitionStockRepository stock,
            SiteService sites, CustodyLedger ledger, CustodyOperations operations, Clock clock,
            @ConfigProperty(name = "stockpile.custody.two-person") Set<OperationType> twoPerson,
            AmmunitionPolicy policy, StorehouseRules storehouse, UnitService units) {
        this.lots = lots;
        this.stock = stock;
        this.sites = sites;
        this.ledger = ledger;
        this.inputs = inputs;
        this.operations = operations;
        this.clock = clock;
        Map<OperationType, Long> above = new EnumMap<>(OperationType.class);
        policy.twoPersonAbove().forEach((operation, quantity) -> above.put(OperationType.valueOf(operation), quantity));
        this.twoPerson = new TwoPersonRule(twoPerson, above);
        this.storehouse = storehouse;
        this.units = units;
    }

    private record Line(AmmunitionLot lot, long quantity, StorageLocation location) {
    }

    record Plan(OperationType type, AmmunitionCustodyRequest request, Site site, List<Line> lines,
            Person person, Unit unit, Site counterpart) implements ItemCustody.Planned {

        long quantity() {
            return lines.stream().mapToLong(line -> Math.abs(line.quantity())).sum();
        }
    }

    public Idempotency.Answer perform(OperationType type, AmmunitionCustodyRequest request, String key) {
        return operations.perform(this, type, request, key, CustodyOperations.Mode.PERFORM);
    }

    /** The same, as one step of a caller's transaction that owns the request's idempotency. */
    public Views.Outcome submit(OperationType type, AmmunitionCustodyRequest request) {
        return operations.submit(this, type, request, CustodyOperations.Mode.PERFORM);
    }

    /** An adjustment a count asks for, held for a second person (see {@link PendingOperation#stocktakeId}). */
    public Views.Outcome submitCorrection(OperationType type, AmmunitionCustodyRequest request, long stocktakeId) {
        return operations.submitCorrection(this, type, request, stocktakeId);
    }

    /** The same operation, lacking certification, held for a commander to override. */
    public Idempotency.Answer requestOverride(OperationType type, AmmunitionCustodyRequest request, String key) {
        return operations.perform(this, type, request, key, CustodyOperations.Mode.REQUEST_OVERRIDE);
    }

    @Override
    PendingOperation.Subject subject() {
        return PendingOperation.Subject.AMMUNITION;
    }

    @Override
    Class<AmmunitionCustodyRequest> requestType() {
        return AmmunitionCustodyRequest.class;
    }

    @Override
    Object fingerprint(OperationType type, AmmunitionCustodyRequest request) {
        return List.of("ammunition", type, request);
    }

    @Override
    OffsetDateTime deviceTime(AmmunitionCustodyRequest request) {
        return request.deviceTime();
    }

    @Override
    boolean requiresSecondPerson(Plan plan) {
        return twoPerson.requiresSecondPerson(plan.type(), plan.quantity());
    }

    /**
     * The quantity now in every position the operation moves: an approval must find them all as they were. A request
     * that could not be carried out now (more than a position holds) is refused at once rather than held.
     */
    @Override
    HeldAgainst heldAgainst(Plan plan) {
        Map<StockPosition, Long> deltas = deltas(plan);
        Map<StockPosition, Long> quantities = new TreeMap<>();
        deltas.keySet().forEach(position -> quantities.put(position, stock.quantity(position)));
        requireEnough(deltas, quantities);
        return HeldAgainst.stock(quantities);
    }

    /** Refuses (409, each lot short and by how much) changes that would take any position below zero. */
    private static void requireEnough(Map<StockPosition, Long> deltas, Map<StockPosition, Long> quantities) {
        List<ProblemException.Item> shortfalls = new ArrayList<>();
        deltas.forEach((position, delta) -> {
            long quantity = quantities.get(position);
            if (quantity + delta < 0) {
                shortfalls.add(item(tag(position), "problem.ammunition.insufficient", String.valueOf(quantity),
                        String.valueOf(-delta)));
            }
        });
        if (!shortfalls.isEmpty()) {
            throw new ProblemException(ProblemType.CUSTODY_CONFLICT, "lines", shortfalls, "problem.custody.refused",
                    shortfalls.size());
        }
    }

    @Override
    Plan plan(OperationType type, AmmunitionCustodyRequest request) {
        Site site = sites.requireActiveVisibleByCode("siteCode", request.siteCode());
        requireDetails(type, request);
        Person person = request.personTag() == null ? null : inputs.person(request.personTag());
        Site counterpart = switch (type) {
            case DISPATCH -> inputs.otherSite("destinationSiteCode", request.destinationSiteCode(), site);
            case RECEIVE -> inputs.otherSite("originSiteCode", request.originSiteCode(), site);
            default -> null;
        };
        Unit unit = request.unitCode() == null || request.unitCode().isBlank() ? null
                : units.requireActiveByCode("unitCode", request.unitCode().strip());
        return new Plan(type, request, site, lines(type, request, site), person, unit, counterpart);
    }

    private List<Line> lines(OperationType type, AmmunitionCustodyRequest request, Site site) {
        List<AmmunitionCustodyRequest.Line> requested = request.lines();
        if (requested == null || requested.isEmpty() || requested.size() > AmmunitionCustodyRequest.MAX_LINES) {
            throw ProblemException.rule("lines", "problem.ammunition.line-count", AmmunitionCustodyRequest.MAX_LINES);
        }
        LocalDate today = LocalDate.now(clock);
        List<Line> lines = new ArrayList<>();
        List<ProblemException.Item> refused = new ArrayList<>();
        for (AmmunitionCustodyRequest.Line line : requested) {
            String tag = line == null ? null : line.lotTag();
            try {
                TagCode code = TagCode.parse(tag);
                AmmunitionLot lot = code.kind() == TagCode.Kind.AMMUNITION_LOT ? lots.findById(code.number()) : null;
                Long quantity = line.quantity();
                String unserviceable = lot == null || type != OperationType.ISSUE ? null : unserviceable(lot, today);
                if (lot == null || !lot.isActive()) {
                    refused.add(item(tag, "problem.ammunition.unknown-lot"));
                } else if (quantity == null || quantity == 0 || quantity > AmmunitionCustodyRequest.MAX_QUANTITY
                        || quantity < -AmmunitionCustodyRequest.MAX_QUANTITY
                        || (quantity < 0 && type != OperationType.ADJUSTMENT)) {
                    refused.add(item(tag, "problem.ammunition.quantity", AmmunitionCustodyRequest.MAX_QUANTITY));
                } else if (unserviceable != null) {
                    refused.add(item(tag, unserviceable));
                } else {
                    lines.add(new Line(lot, quantity, line.locationTag() == null ? null
                            : inputs.location(line.locationTag(), site)));
                }
            } catch (InvalidTagException e) {
                refused.add(e.asItem());
            }
        }
        if (!refused.isEmpty()) {
            throw new ProblemException(ProblemType.CUSTODY_REFUSED, "lines", refused, "problem.custody.refused",
                    refused.size());
        }
        return lines;
    }

    /** The message key saying why a lot may not be issued today, or null when it may. */
    private static String unserviceable(AmmunitionLot lot, LocalDate today) {
        return lot.unserviceabilityOn(today)
                .map(reason -> "problem.ammunition.lot-" + reason.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .orElse(null);
    }

    /** The change of every position the operation touches, summed over its lines, in the positions' order. */
    private static Map<StockPosition, Long> deltas(Plan plan) {
        Map<StockPosition, Long> deltas = new TreeMap<>();
        plan.lines().forEach(line -> moves(plan, line).forEach((position, delta) -> deltas.merge(position, delta,
                Long::sum)));
        return deltas;
    }

    private static String tag(StockPosition position) {
        return TagCode.of(TagCode.Kind.AMMUNITION_LOT, position.lotId()).value();
    }

    @Override
    Views.Outcome execute(Plan plan, String requestedBy, String approvedBy, HeldAgainst heldAgainst,
            CertificationOverride override) {
        ledger.lockChain(plan.site().id);
        Map<StockPosition, Long> deltas = deltas(plan);
        Map<StockPosition, AmmunitionStock> locked = new TreeMap<>();
        deltas.keySet().forEach(position -> locked.put(position, stock.lock(position)));
        Map<StockPosition, Long> now = new TreeMap<>();
        locked.forEach((position, row) -> now.put(position, row.quantity));
        // Approved against the stock as it stood when asked, or not at all.
        if (heldAgainst != null) {
            List<ProblemException.Item> changed = heldAgainst.changedStock(now).stream()
                    .map(count -> item(tag(count.position()), "problem.ammunition.stock-changed",
                            String.valueOf(count.quantity()), String.valueOf(now.get(count.position()))))
                    .toList();
            if (!changed.isEmpty()) {
                throw new ProblemException(ProblemType.CUSTODY_CONFLICT, "lines", changed,
                        "problem.custody.changed-since-request", changed.size());
            }
        }
        requireEnough(deltas, now);
        storehouse.check(plan.site(), plan.lines().stream()
                .map(line -> new StorehouseRules.Change(line.lot(), line.location(), storeChange(plan.type(),
                        line.quantity())))
                .filter(change -> change.quantity() != 0).toList());
        deltas.forEach((position, delta) -> locked.get(position).quantity += delta);
        UUID operationId = UUID.randomUUID();
        List<CustodyEvent> events = new ArrayList<>();
        for (Line line : plan.lines()) {
            CustodyEvent event = new CustodyEvent();
            event.operationId = operationId;
            event.type = plan.type();
            event.site = plan.site();
            event.lot = line.lot();
            event.quantity = line.quantity();
            event.person = plan.person();
            event.unit = plan.unit() == null ? null : plan.unit().code;
            event.storageLocation = line.location();
            event.counterpartSite = plan.counterpart();
            AmmunitionCustodyRequest request = plan.request();
            event.reference = request.reference();
            event.reason = request.reason();
            event.method = request.method();
            event.witnesses = request.witnesses();
            event.deviceTime = request.deviceTime();
            event.deviceId = request.deviceId();
            event.overriddenBy(override);
            event.requestedBy = requestedBy;
            event.approvedBy = approvedBy;
            events.add(event);
        }
        ledger.append(events);
        stock.flush();
        return Views.Outcome.done(plan.type(), operationId,
                events.stream().map(Views.AmmunitionEventView::of).toList());
    }

    /** Where one line takes its quantity from and puts it: position → change. */
    private static Map<StockPosition, Long> moves(Plan plan, Line line) {
        long lot = line.lot().id;
        long site = plan.site().id;
        long q = line.quantity();
        Long location = line.location() == null ? null : line.location().id;
        StockPosition onHand = StockPosition.onHand(lot, site, location);
        Map<StockPosition, Long> moves = new TreeMap<>();
        switch (plan.type()) {
            case RECEIPT, ADJUSTMENT -> moves.put(onHand, q);
            case DESTRUCTION, LOSS, THEFT -> moves.put(onHand, -q);
            case ISSUE -> {
                moves.put(onHand, -q);
                moves.put(issued(plan, lot), q);
            }
            case RETURN -> {
                moves.put(issued(plan, lot), -q);
                moves.put(onHand, q);
            }
            case CONSUMPTION -> moves.put(issued(plan, lot), -q);
            case DISPATCH -> {
                moves.put(onHand, -q);
                moves.put(StockPosition.inTransit(lot, site, plan.counterpart().id), q);
            }
            case RECEIVE -> {
                moves.put(StockPosition.inTransit(lot, plan.counterpart().id, site), -q);
                moves.put(onHand, q);
            }
            default -> throw new IllegalArgumentException(plan.type() + " is not an ammunition operation");
        }
        return moves;
    }

    /** How an operation changes the quantity on hand in the site's store. */
    private static long storeChange(OperationType type, long quantity) {
        return switch (type) {
            case RECEIPT, RECEIVE, RETURN, ADJUSTMENT -> quantity;
            case ISSUE, DISPATCH, DESTRUCTION, LOSS, THEFT -> -quantity;
            default -> 0;
        };
    }

    private static StockPosition issued(Plan plan, long lot) {
        return StockPosition.issued(lot, plan.site().id, plan.person() == null ? null : plan.person().id,
                plan.unit() == null ? null : plan.unit().id);
    }

    private static void requireDetails(OperationType type, AmmunitionCustodyRequest request) {
        boolean holder = request.personTag() != null && !request.personTag().isBlank();
        boolean unit = request.unitCode() != null && !request.unitCode().isBlank();
        switch (type) {
            case RECEIPT -> ScannedInputs.require("reference", request.reference());
            case ISSUE, RETURN, CONSUMPTION -> {
                if (holder == unit) {
                    throw ProblemException.rule("personTag", "problem.ammunition.person-or-unit");
                }
                if (type == OperationType.CONSUMPTION) {
                    ScannedInputs.require("reason", request.reason());
                }
            }
            case DISPATCH -> ScannedInputs.require("destinationSiteCode", request.destinationSiteCode());
            case RECEIVE -> ScannedInputs.require("originSiteCode", request.originSiteCode());
            case ADJUSTMENT, LOSS, THEFT -> ScannedInputs.require("reason", request.reason());
            case DESTRUCTION -> {
                ScannedInputs.require("method", request.method());
                ScannedInputs.require("witnesses", request.witnesses());
                ScannedInputs.require("reference", request.reference());
            }
            default -> throw new IllegalArgumentException(type + " is not an ammunition operation");
        }
    }

    private static ProblemException.Item item(String tag, String detailKey, Object... arguments) {
        return new ProblemException.Item(String.valueOf(tag), null, null, detailKey, arguments);
    }
}
