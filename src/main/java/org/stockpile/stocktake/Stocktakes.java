package org.stockpile.stocktake;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stockpile.custody.CustodyLedger;
import org.stockpile.loss.LossReportRequests;
import org.stockpile.loss.LossReportViews;
import org.stockpile.loss.LossReports;
import org.stockpile.security.CurrentUser;
import org.stockpile.site.Site;
import org.stockpile.site.SiteService;
import org.stockpile.site.StorageLocation;
import org.stockpile.site.StorageLocationService;
import org.stockpile.stocktake.Reconciliation.Category;
import org.stockpile.stocktake.StocktakeViews.Findings;
import org.stockpile.stocktake.StocktakeViews.LotFinding;
import org.stockpile.stocktake.StocktakeViews.WeaponFinding;
import org.stockpile.system.Idempotency;
import org.stockpile.system.InvalidTagException;
import org.stockpile.system.Messages;
import org.stockpile.system.Sha256;
import org.stockpile.system.StoredText;
import org.stockpile.system.TagCode;
import org.stockpile.system.paging.Filter;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Counts of sites' stock: opened with the book snapshotted, counted blind by scans from any number of devices (a scan
 * sent twice counts once), reconciled at any time against the book and the movements since opening, recounted and
 * explained where they disagree, and closed by a second person, which keeps what they found unchanged.
 */
@ApplicationScoped
public class Stocktakes {

    private static final Messages.Key STOCKTAKE = new Messages.Key("record.stocktake");
    private static final Map<String, String> SORTABLE = Map.of("id", "s.id", "openedAt", "s.openedAt", "siteCode",
            "s.site.code", "status", "s.status");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StocktakeRepository stocktakes;
    private final StocktakeRecords records;
    private final SiteService sites;
    private final StorageLocationService locations;
    private final CustodyLedger ledger;
    private final CurrentUser user;
    private final Clock clock;
    private final ObjectMapper json;
    private final Set<Site.Kind> frozenSites;
    private final int sampleWeapons;
    private final int sampleLots;
    private final LossReports lossReports;
    private final Idempotency idempotency;

    Stocktakes(StocktakeRepository stocktakes, StocktakeRecords records, SiteService sites,
            StorageLocationService locations, CustodyLedger ledger, CurrentUser user, Clock clock, ObjectMapper json,
            @ConfigProperty(name = "stockpile.stocktake.frozen-sites") Set<Site.Kind> frozenSites,
            @ConfigProperty(name = "stockpile.stocktake.sample.weapons") int sampleWeapons,
            @ConfigProperty(name = "stockpile.stocktake.sample.lots") int sampleLots, LossReports lossReports,
            Idempotency idempotency) {
        this.stocktakes = stocktakes;
        this.records = records;
        this.sites = sites;
        this.locations = locations;
        this.ledger = ledger;
        this.user = user;
        this.clock = clock;
        this.json = json;
        this.frozenSites = frozenSites;
        this.sampleWeapons = sampleWeapons;
        this.sampleLots = sampleLots;
        this.lossReports = lossReports;
        this.idempotency = idempotency;
    }

    /** Which stocktakes to list: at a site, in a state. */
    public record Criteria(String siteCode, Stocktake.Status status) {
    }

    public Page<StocktakeViews.StocktakeView> list(Criteria criteria, PageRequest page) {
        Filter filter = new Filter().within(user.scope(), "s.site").equal("s.site.code", criteria.siteCode())
                .equal("s.status", criteria.status());
        return Page.of(stocktakes.find("from Stocktake s join fetch s.site left join fetch s.storageLocation where "
                + filter.query(), page.toSort(SORTABLE, "openedAt"), filter.parameters()), page,
                StocktakeViews.StocktakeView::of);
    }

    public StocktakeViews.StocktakeView get(long id) {
        return StocktakeViews.StocktakeView.of(requireVisible(id, LockModeType.NONE));
    }

    /**
     * Opens a count, snapshotting the book. The site's chain is locked meanwhile, so that the snapshot and the
     * chain's position it is taken at agree: every custody event after that position is a movement since opening.
     */
    @Transactional
    public StocktakeViews.StocktakeView open(StocktakeRequests.Open request) {
        Site site = sites.requireActiveVisibleByCode("siteCode", request.siteCode());
        StorageLocation location = request.locationTag() == null ? null
                : locations.requireScanned(site, "locationTag", request.locationTag());
        long openingSeq = ledger.lockChain(site.id);
        openAt(site).ifPresent(open -> {
            throw new ProblemException(ProblemType.STATE_CONFLICT, "siteCode", "problem.stocktake.already-open",
                    site.code, open.id);
        });
        return StocktakeViews.StocktakeView.of(open(site, location, request.scope(), openingSeq));
    }

    /**
     * The count a key's change of holder calls for, within the caller's transaction: the one already open at the
     * site, or a new full count of what the key opens (the storage location, or the whole site).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Stocktake countAtHandover(Site site, StorageLocation location) {
        long openingSeq = ledger.lockChain(site.id);
        return openAt(site).orElseGet(() -> open(site, location, Stocktake.Scope.FULL, openingSeq));
    }

    private Optional<Stocktake> openAt(Site site) {
        return stocktakes.find("site = ?1 and status = ?2", site, Stocktake.Status.OPEN).firstResultOptional();
    }

    private Stocktake open(Site site, StorageLocation location, Stocktake.Scope scope, long openingSeq) {
        Stocktake stocktake = new Stocktake();
        stocktake.site = site;
        stocktake.storageLocation = location;
        stocktake.scope = scope;
        stocktake.movements = frozenSites.contains(site.kind) ? Stocktake.Movements.FROZEN
                : Stocktake.Movements.RECORDED;
        stocktake.openingSeq = openingSeq;
        stocktake.openedBy = user.name();
        stocktake.openedAt = OffsetDateTime.now(clock);
        stocktakes.persistAndFlush(stocktake);
        if (stocktake.scope == Stocktake.Scope.FULL) {
            records.snapshotWeapons(stocktake);
            records.snapshotLots(stocktake, records.lotsOnHand(stocktake));
        } else {
            records.snapshotSample(stocktake, SampleDraw.draw(records.weaponsInStore(stocktake), sampleWeapons,
                    RANDOM));
            records.snapshotLots(stocktake, SampleDraw.draw(records.lotsOnHand(stocktake), sampleLots, RANDOM));
        }
        return stocktake;
    }

    /**
     * Records a weapon's tag as scanned, where it was found. Any weapon tag is recorded, even one of another site or
     * of no weapon (that is a finding); the answer says nothing of the book.
     */
    @Transactional
    public StocktakeViews.ScanReceipt scan(long id, StocktakeRequests.Scan scan) {
        Stocktake stocktake = requireVisible(id, LockModeType.PESSIMISTIC_READ);
        stocktake.requireOpen();
        TagCode tag = scannedTag("weaponTag", scan.weaponTag(), TagCode.Kind.WEAPON,
                "problem.custody.not-a-weapon-tag");
        StorageLocation location = scan.locationTag() == null ? null
                : locations.requireScanned(stocktake.site, "locationTag", scan.locationTag());
        boolean recorded = records.addScan(scan.id(), id, tag, location == null ? null : location.id,
                stocktake.recounts, user.name(), OffsetDateTime.now(clock), scan.deviceTime());
        if (!recorded) {
            requireSameRecord(records.scanRecorded(scan.id(), id, tag.value()), scan.id());
        }
        long[] counts = records.scanCounts(id, user.name());
        return new StocktakeViews.ScanReceipt(scan.id(), recorded, tag.value(),
                location == null ? null : location.code, counts[0], counts[1]);
    }

    /** Records the quantity of a lot counted at a place; a later count of it at the same place replaces this one. */
    @Transactional
    public StocktakeViews.LotCountReceipt countLot(long id, StocktakeRequests.LotCount count) {
        Stocktake stocktake = requireVisible(id, LockModeType.PESSIMISTIC_READ);
        stocktake.requireOpen();
        TagCode tag = scannedTag("lotTag", count.lotTag(), TagCode.Kind.AMMUNITION_LOT,
                "problem.stocktake.not-a-lot-tag");
        if (!records.lotExists(tag.number())) {
            throw ProblemException.unknownReference("lotTag", count.lotTag());
        }
        StorageLocation location = count.locationTag() == null ? null
                : locations.requireScanned(stocktake.site, "locationTag", count.locationTag());
        boolean recorded = records.addLotCount(count.id(), id, tag.number(), location == null ? null : location.id,
                count.quantity(), stocktake.recounts, user.name(), OffsetDateTime.now(clock), count.deviceTime());
        if (!recorded) {
            requireSameRecord(records.lotCountRecorded(count.id(), id, tag.number()), count.id());
        }
        return new StocktakeViews.LotCountReceipt(count.id(), recorded, tag.value(),
                location == null ? null : location.code, count.quantity(), records.lotsCountedSoFar(id));
    }

    /** The running counts: what has been counted and by whom, never the book. */
    public StocktakeViews.Progress progress(long id) {
        Stocktake stocktake = requireVisible(id, LockModeType.NONE);
        long[] counts = records.scanCounts(id, user.name());
        return new StocktakeViews.Progress(id, stocktake.status, stocktake.recounts, counts[0],
                records.lotsCountedSoFar(id), counts[1], records.counters(id));
    }

    /** What the count finds, as JSON: computed now while it is open; as kept, byte for byte, once it is closed. */
    public KeptFindings findings(long id) {
        Stocktake stocktake = requireVisible(id, LockModeType.NONE);
        if (!stocktake.isOpen()) {
            return new KeptFindings(stocktake.findings, stocktake.findingsHash);
        }
        String text = write(present(stocktake, count(stocktake)).findings());
        return new KeptFindings(text, Sha256.hex(text));
    }

    /** What the count finds, for a page: computed now while it is open; as kept once it is closed. */
    public Findings findingsShown(long id) {
        Stocktake stocktake = requireVisible(id, LockModeType.NONE);
        if (!stocktake.isOpen()) {
            try {
                return json.readValue(stocktake.findings, Findings.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("The findings of stocktake " + id + " cannot be read back", e);
            }
        }
        return present(stocktake, count(stocktake)).findings();
    }

    /** Findings as JSON text and the SHA-256 of its UTF-8 bytes. */
    public record KeptFindings(String json, String sha256) {
    }

    /**
     * Asks for the items named, each a discrepancy of the count now, to be counted again: a new round starts, and the
     * scans from now on belong to it. The answer names who counted before, so that someone else recounts where
     * possible.
     */
    @Transactional
    public StocktakeViews.RecountView recount(long id, StocktakeRequests.Recount request) {
        Stocktake stocktake = requireVisible(id, LockModeType.PESSIMISTIC_WRITE);
        stocktake.requireOpen();
        Set<TagCode> items = discrepanciesNamed(request.tags(), count(stocktake).reconciliation());
        int round = stocktake.startRecount();
        OffsetDateTime now = OffsetDateTime.now(clock);
        items.forEach(item -> records.askRecount(id, round, item, user.name(), now));
        return new StocktakeViews.RecountView(round, items.stream().map(TagCode::value).toList(),
                records.firstCounters(id));
    }

    /** Explains the discrepancies of the items named; each must be a discrepancy of the count now. */
    @Transactional
    public Findings explain(long id, StocktakeRequests.Explanation request) {
        Stocktake stocktake = requireVisible(id, LockModeType.PESSIMISTIC_WRITE);
        stocktake.requireOpen();
        if (!StoredText.isStorable(request.explanation())) {
            throw ProblemException.rule("explanation", "problem.stocktake.unstorable-text");
        }
        Counted counted = count(stocktake);
        OffsetDateTime now = OffsetDateTime.now(clock);
        discrepanciesNamed(request.tags(), counted.reconciliation()).forEach(item -> records.explain(id, item,
                request.explanation().strip(), user.name(), now, null));
        return present(stocktake, counted).findings();
    }

    /**
     * Escalates weapons the count could not find as one loss (or theft) report, in the same step: the loss is
     * submitted under the two-person rule, and the report explains each weapon. Discovered today; last verified when
     * a closed count last found them all. 201 with the report; a retry with the same key gets the first answer.
     */
    @Transactional
    public Idempotency.Answer reportLoss(long id, StocktakeRequests.LossEscalation request, String key) {
        var first = idempotency.claim(user.name(), key, List.of("stocktake-loss-report", id, request));
        if (first.isPresent()) {
            return first.get();
        }
        Stocktake stocktake = requireVisible(id, LockModeType.PESSIMISTIC_WRITE);
        stocktake.requireOpen();
        Map<String, Long> missing = new HashMap<>();
        count(stocktake).reconciliation().weapons().stream().filter(line -> line.category() == Category.MISSING)
                .forEach(line -> missing.put(line.tag(), line.weaponId()));
        Set<TagCode> items = named(request.tags(), missing.keySet(), "problem.stocktake.not-missing");
        List<String> tags = items.stream().map(TagCode::value).toList();
        LossReportViews.LossReportView report = lossReports.report(new LossReportRequests.Filing(request.kind(),
                tags, LocalDate.now(clock), records.lastVerified(tags.stream().map(missing::get).toList()),
                request.place(), request.circumstances(), request.policeReference(), null, null), id);
        OffsetDateTime now = OffsetDateTime.now(clock);
        items.forEach(item -> records.explain(id, item, report.circumstances(), user.name(), now, report.id()));
        return idempotency.complete(user.name(), key, 201, report);
    }

    /**
     * Closes the count: by someone other than who opened it, with every discrepancy explained. What it found is kept
     * as JSON with its hash, and the count can no longer change (the database refuses it too).
     */
    @Transactional
    public StocktakeViews.StocktakeView close(long id, StocktakeRequests.Close request) {
        Stocktake stocktake = requireVisible(id, LockModeType.PESSIMISTIC_WRITE);
        stocktake.requireOpen();
        if (request.remarks() != null && !StoredText.isStorable(request.remarks())) {
            throw ProblemException.rule("remarks", "problem.stocktake.unstorable-text");
        }
        Reconciled reconciled = present(stocktake, count(stocktake));
        stocktake.requireClosable(user.name(), request.remarks(), reconciled.reconciliation(),
                reconciled.unexplained());
        String text = write(reconciled.findings());
        stocktake.close(user.name(), OffsetDateTime.now(clock), request.remarks(), text, Sha256.hex(text));
        stocktakes.flush();
        return StocktakeViews.StocktakeView.of(stocktake);
    }

    /**
     * An open count in scope, locked for what follows in the caller's transaction, and its reconciliation now: for a
     * step that acts on what the count finds.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Reconciliation reconcileOpen(long id) {
        Stocktake stocktake = requireVisible(id, LockModeType.PESSIMISTIC_WRITE);
        stocktake.requireOpen();
        return count(stocktake).reconciliation();
    }

    /** A reconciliation, the findings as the API gives them, and the discrepancies nobody has explained yet. */
    record Reconciled(Reconciliation reconciliation, Findings findings, Set<String> unexplained) {
    }

    /** The count against the book, and the description of each weapon on the book. */
    private record Counted(Reconciliation reconciliation, Map<Long, String> descriptions) {
    }

    /** Reads the snapshot, the scans, the counts and the movements since opening, and reconciles them. */
    private Counted count(Stocktake stocktake) {
        long id = stocktake.id;
        List<StocktakeRecords.BookRow> book = records.book(id);
        Map<Long, String> descriptions = new HashMap<>();
        book.forEach(row -> descriptions.put(row.weapon().weaponId(), row.description()));
        Map<Long, Long> lotsOnBook = records.lotsOnBook(id);
        Map<Long, Long> lotsCounted = records.lotsCounted(id);
        if (stocktake.scope == Stocktake.Scope.SAMPLE) {
            // A sample is about the lots drawn: a count of another lot says nothing of it.
            lotsCounted.keySet().retainAll(lotsOnBook.keySet());
        }
        Reconciliation reconciliation = Reconciliation.of(book.stream().map(StocktakeRecords.BookRow::weapon)
                .toList(), records.found(id), records.movedSinceOpening(stocktake, "weapon_id"), lotsOnBook,
                lotsCounted, records.movedSinceOpening(stocktake, "lot_id"), Reconciliation.SAMPLE_THRESHOLD);
        return new Counted(reconciliation, descriptions);
    }

    /** The findings of a count as the API gives them, with the explanations and recounts recorded so far. */
    private Reconciled present(Stocktake stocktake, Counted counted) {
        long id = stocktake.id;
        Reconciliation reconciliation = counted.reconciliation();
        Map<Long, String> descriptions = counted.descriptions();
        Map<Long, String> locationCodes = records.locationCodes(stocktake.site.id);
        Map<String, StocktakeRecords.Explained> explanations = records.explanations(id);
        Map<String, Integer> rounds = records.recountRounds(id);
        Set<String> unexplained = new TreeSet<>();
        List<WeaponFinding> weapons = new ArrayList<>();
        for (Reconciliation.WeaponLine line : reconciliation.weapons()) {
            if (line.category() == Category.FOUND) {
                continue;
            }
            StocktakeRecords.Explained explained = explanations.get(line.tag());
            if (line.isDiscrepancy() && explained == null) {
                unexplained.add(line.tag());
            }
            weapons.add(new WeaponFinding(line.tag(), line.category(), line.isDiscrepancy(),
                    line.weaponId() == null ? null : descriptions.get(line.weaponId()), line.bookState(),
                    locationCodes.get(line.bookLocationId()), locationCodes.get(line.foundLocationId()),
                    explained == null ? null : explained.explanation(), explained == null ? null : explained.by(),
                    explained == null ? null : explained.lossReportId(), rounds.get(line.tag())));
        }
        Map<Long, StocktakeRecords.LotRow> lots = records.lots(reconciliation.lots().stream()
                .map(Reconciliation.LotLine::lotId).toList());
        List<LotFinding> lotFindings = new ArrayList<>();
        for (Reconciliation.LotLine line : reconciliation.lots()) {
            String tag = TagCode.of(TagCode.Kind.AMMUNITION_LOT, line.lotId()).value();
            StocktakeRecords.Explained explained = explanations.get(tag);
            boolean discrepancy = line.isDiscrepancy();
            if (discrepancy && explained == null) {
                unexplained.add(tag);
            }
            StocktakeRecords.LotRow lot = lots.get(line.lotId());
            lotFindings.add(new LotFinding(tag, lot.lotNumber(), lot.itemCode(), line.book(), line.counted(),
                    line.difference(), line.category(), discrepancy, explained == null ? null : explained.explanation(),
                    explained == null ? null : explained.by(), rounds.get(tag)));
        }
        Findings findings = new Findings(id, stocktake.site.code, stocktake.storageLocation == null ? null
                : stocktake.storageLocation.code, stocktake.scope, stocktake.status, reconciliation.records(),
                reconciliation.agreeing(), reconciliation.matchRate(), Reconciliation.SAMPLE_THRESHOLD,
                reconciliation.meetsThreshold(), reconciliation.counts(), unexplained.size(), weapons, lotFindings,
                records.counters(id), OffsetDateTime.now(clock));
        return new Reconciled(reconciliation, findings, unexplained);
    }

    /** The items named, each a discrepancy of the count now; 422 listing those that are not. */
    private static Set<TagCode> discrepanciesNamed(List<String> named, Reconciliation reconciliation) {
        Set<String> discrepancies = new HashSet<>();
        reconciliation.discrepancies().forEach(line -> discrepancies.add(line.tag()));
        reconciliation.lots().stream().filter(Reconciliation.LotLine::isDiscrepancy)
                .forEach(line -> discrepancies.add(TagCode.of(TagCode.Kind.AMMUNITION_LOT, line.lotId()).value()));
        return named(named, discrepancies, "problem.stocktake.not-a-discrepancy");
    }

    /** The items named, each among {@code eligible} (by tag); 422 listing those that are not, each saying why. */
    static Set<TagCode> named(List<String> named, Set<String> eligible, String refusedKey) {
        Set<TagCode> items = new LinkedHashSet<>();
        List<ProblemException.Item> refused = new ArrayList<>();
        for (String text : named) {
            TagCode tag = parsedOrNull(text);
            if (tag != null && eligible.contains(tag.value())) {
                items.add(tag);
            } else {
                refused.add(new ProblemException.Item(text, null, null, refusedKey));
            }
        }
        if (!refused.isEmpty()) {
            throw new ProblemException(ProblemType.RULE_VIOLATION, "tags", refused,
                    "problem.stocktake.items-refused", refused.size());
        }
        return items;
    }

    private static TagCode parsedOrNull(String scanned) {
        try {
            return TagCode.parse(scanned);
        } catch (InvalidTagException e) {
            return null;
        }
    }

    private static TagCode scannedTag(String field, String scanned, TagCode.Kind kind, String wrongKindKey) {
        TagCode tag = TagCode.parse(scanned);
        if (tag.kind() != kind) {
            throw new ProblemException(ProblemType.INVALID_TAG, field, wrongKindKey);
        }
        return tag;
    }

    /** A client id already recorded must be the same scan again, not another one under a reused id (422). */
    private static void requireSameRecord(boolean same, UUID id) {
        if (!same) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "id",
                    "problem.idempotency-key-reused.detail", id);
        }
    }

    private Stocktake requireVisible(long id, LockModeType lock) {
        return stocktakes.findByIdOptional(id, lock).filter(stocktake -> sites.isVisible(stocktake.site))
                .orElseThrow(() -> ProblemException.notFound(STOCKTAKE, id));
    }

    private String write(Findings findings) {
        try {
            return json.writeValueAsString(findings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write a stocktake's findings", e);
        }
    }
}
