package org.stockpile.loss;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.stockpile.ammo.AmmunitionCustodyRequest;
import org.stockpile.ammo.AmmunitionLot;
import org.stockpile.custody.AmmunitionCustodyService;
import org.stockpile.custody.CustodyRecords;
import org.stockpile.custody.CustodyRequest;
import org.stockpile.custody.CustodyService;
import org.stockpile.custody.OperationType;
import org.stockpile.custody.PendingOperation;
import org.stockpile.custody.PendingOperationRepository;
import org.stockpile.custody.Views;
import org.stockpile.security.CurrentUser;
import org.stockpile.site.Site;
import org.stockpile.site.SiteService;
import org.stockpile.system.Idempotency;
import org.stockpile.system.Messages;
import org.stockpile.system.StoredText;
import org.stockpile.system.TagCode;
import org.stockpile.system.paging.Filter;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;
import org.stockpile.system.problem.ProblemException;
import org.stockpile.system.problem.ProblemType;
import org.stockpile.weapon.Weapon;

/**
 * Loss and theft reports. Filing one submits the loss (or theft) of its weapons, and of the quantities of ammunition
 * it names, as custody operations (one for each), which national policy holds for a second person; the report is kept
 * as filed, linked to those operations and, once they are carried out, to the events they wrote. The investigation
 * is followed by entries. Reports are seen within the reader's scope.
 */
@ApplicationScoped
public class LossReports {

    private static final Messages.Key LOSS_REPORT = new Messages.Key("record.loss-report");
    private static final Map<String, String> SORTABLE = Map.of("id", "r.id", "discoveredOn", "r.discoveredOn",
            "reportedAt", "r.reportedAt", "siteCode", "r.site.code");

    private final LossReportRepository reports;
    private final CustodyService custody;
    private final AmmunitionCustodyService ammunition;
    private final SiteService sites;
    private final CustodyRecords custodyRecords;
    private final PendingOperationRepository pendingOperations;
    private final Idempotency idempotency;
    private final CurrentUser user;
    private final Clock clock;

    LossReports(LossReportRepository reports, CustodyService custody, AmmunitionCustodyService ammunition,
            SiteService sites, CustodyRecords custodyRecords, PendingOperationRepository pendingOperations,
            Idempotency idempotency, CurrentUser user, Clock clock) {
        this.reports = reports;
        this.custody = custody;
        this.ammunition = ammunition;
        this.sites = sites;
        this.custodyRecords = custodyRecords;
        this.pendingOperations = pendingOperations;
        this.idempotency = idempotency;
        this.user = user;
        this.clock = clock;
    }

    /** Which reports to list: at a site, of a kind. */
    public record Criteria(String siteCode, LossReport.Kind kind) {
    }

    public Page<LossReportViews.LossReportLine> list(Criteria criteria, PageRequest page) {
        Filter filter = new Filter().within(user.scope(), "r.site").equal("r.site.code", criteria.siteCode())
                .equal("r.kind", criteria.kind());
        Page<LossReport> found = Page.of(reports.find("from LossReport r join fetch r.site where " + filter.query(),
                page.toSort(SORTABLE, "reportedAt"), filter.parameters()), page, report -> report);
        Map<Long, List<LossReportEntry>> entries = entries(found.items());
        return found.map(report -> new LossReportViews.LossReportLine(report.id, report.kind, report.site.code,
                report.discoveredOn, report.weapons.size(), report.lots.size(), report.reportedBy, report.reportedAt,
                last(entries.get(report.id)).status));
    }

    public LossReportViews.LossReportView get(long id) {
        return view(requireVisible(id, LockModeType.NONE));
    }

    /** Files a report and submits its custody operation (201); a retry with the same key gets the first answer. */
    @Transactional
    public Idempotency.Answer file(LossReportRequests.Filing filing, String key) {
        var first = idempotency.claim(user.name(), key, List.of("loss-report", filing));
        if (first.isPresent()) {
            return first.get();
        }
        return idempotency.complete(user.name(), key, 201, report(filing, null));
    }

    /**
     * Files a report within the caller's transaction: a count escalating what it could not find names itself as
     * {@code stocktakeId}. Everything it names is of one site in the caller's scope: the weapons in a state a loss can
     * start from, the lots in that site's store in the quantities lost. A report names at least one thing (422).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public LossReportViews.LossReportView report(LossReportRequests.Filing filing, Long stocktakeId) {
        List<String> weaponTags = filing.weapons();
        List<LossReportRequests.LostLot> lots = filing.lotsLost();
        if (weaponTags.isEmpty() && lots.isEmpty()) {
            throw ProblemException.rule("weaponTags", "problem.loss.nothing-reported");
        }
        LossReport.requirePossibleDates(filing.discoveredOn(), filing.lastVerifiedOn(), LocalDate.now(clock));
        String circumstances = filing.circumstances().strip();
        String policeReference = StoredText.blankAsNull(filing.policeReference());
        // The site named, which the lots need; without lots, the weapons say which it is.
        Site named = lots.isEmpty() && StoredText.blankAsNull(filing.siteCode()) == null ? null
                : sites.requireActiveVisibleByCode("siteCode", filing.siteCode());
        LossReport report = new LossReport();
        report.site = named;
        if (!weaponTags.isEmpty()) {
            Views.Outcome outcome = custody.submit(filing.kind().operation(), new CustodyRequest(weaponTags, null,
                    null, null, circumstances, policeReference, null, null, null, null));
            List<Long> ids = weaponTags.stream().map(tag -> TagCode.parse(tag).number()).toList();
            List<Weapon> weapons = reports.getEntityManager()
                    .createQuery("from Weapon w join fetch w.site where w.id in ?1 order by w.id", Weapon.class)
                    .setParameter(1, ids).getResultList();
            requireNotAwaitingApproval(weapons);
            if (named != null && !named.id.equals(weapons.get(0).site.id)) {
                throw ProblemException.rule("siteCode", "problem.loss.one-site", weapons.get(0).site.code);
            }
            report.site = weapons.get(0).site;
            report.pendingOperationId = outcome.pendingOperationId();
            report.operationId = outcome.pendingOperationId() == null ? outcome.operationId() : null;
            report.weapons.addAll(weapons);
        }
        if (!lots.isEmpty()) {
            Views.Outcome outcome = ammunition.submit(filing.kind().operation(), new AmmunitionCustodyRequest(
                    named.code, lots.stream().map(lot -> new AmmunitionCustodyRequest.Line(lot.lotTag(),
                            lot.quantity(), lot.locationTag())).toList(), null, null, null, null, policeReference,
                    circumstances, null, null, null, null));
            report.ammunitionPendingOperationId = outcome.pendingOperationId();
            report.ammunitionOperationId = outcome.pendingOperationId() == null ? outcome.operationId() : null;
            // Each tag names a lot (the submission refused any other); a lot lost at two places is one line.
            Map<Long, Long> lost = new TreeMap<>();
            lots.forEach(lot -> lost.merge(TagCode.parse(lot.lotTag()).number(), lot.quantity(), Long::sum));
            lost.forEach((lot, quantity) -> report.lots.add(new LossReport.Lot(reports.getEntityManager()
                    .getReference(AmmunitionLot.class, lot), quantity)));
        }
        report.kind = filing.kind();
        report.discoveredOn = filing.discoveredOn();
        report.lastVerifiedOn = filing.lastVerifiedOn();
        report.place = StoredText.blankAsNull(filing.place());
        report.circumstances = circumstances;
        report.reportedBy = user.name();
        report.reportedAt = OffsetDateTime.now(clock);
        report.stocktakeId = stocktakeId;
        reports.persist(report);
        addEntry(report, Investigation.OPEN, report.reportedAt, policeReference, null);
        reports.flush();
        return view(report);
    }

    /** Records a step of the investigation (201); a retry with the same key gets the first answer. */
    @Transactional
    public Idempotency.Answer record(long id, LossReportRequests.Entry entry, String key) {
        var first = idempotency.claim(user.name(), key, List.of("loss-report-entry", id, entry));
        if (first.isPresent()) {
            return first.get();
        }
        // Locked, so that two entries decided against the same status cannot both land.
        LossReport report = requireVisible(id, LockModeType.PESSIMISTIC_WRITE);
        Investigation now = last(entries(List.of(report)).get(report.id)).status;
        now.requireEntry(entry.status(), entry.note());
        addEntry(report, entry.status(), OffsetDateTime.now(clock), StoredText.blankAsNull(entry.policeReference()),
                StoredText.blankAsNull(entry.note()));
        reports.flush();
        return idempotency.complete(user.name(), key, 201, view(report));
    }

    /**
     * The weapons in scope whose loss or theft has been carried out in the ledger, oldest discovery first, in the
     * form a national bureau sends on for international tracing; recovered weapons only when asked for.
     */
    public List<LossReportViews.TracingLine> tracing(LocalDate from, LocalDate to, boolean includeRecovered) {
        Filter filter = new Filter().within(user.scope(), "r.site").since("r.discoveredOn", from)
                .before("r.discoveredOn", to == null ? null : to.plusDays(1));
        TypedQuery<Object[]> query = reports.getEntityManager().createQuery("select r, w from LossReport r "
                + "join r.weapons w join fetch r.site s join fetch s.region where " + filter.query()
                + " and (r.operationId is not null or exists (select p from PendingOperation p where "
                + "p.id = r.pendingOperationId and p.status = :approved)) order by r.discoveredOn, r.id, w.id",
                Object[].class);
        filter.parameters().forEach(query::setParameter);
        query.setParameter("approved", PendingOperation.Status.APPROVED);
        List<Object[]> rows = query.getResultList();
        List<LossReport> found = rows.stream().map(row -> (LossReport) row[0]).distinct().toList();
        Map<Long, List<LossReportEntry>> entries = entries(found);
        Map<Reported, OffsetDateTime> recovered = recoveries(found);
        List<LossReportViews.TracingLine> lines = new ArrayList<>();
        for (Object[] row : rows) {
            LossReport r = (LossReport) row[0];
            Weapon w = (Weapon) row[1];
            boolean isRecovered = recovered.containsKey(new Reported(r.id, w.id));
            if (isRecovered && !includeRecovered) {
                continue;
            }
            lines.add(new LossReportViews.TracingLine(w.manufacturer, w.model, w.calibre, w.type,
                    w.manufacturerSerial, w.nationalSerial, w.ownershipMark, w.countryOfManufacture,
                    w.yearOfManufacture, w.countryOfImport, r.kind, r.discoveredOn, r.lastVerifiedOn,
                    r.place != null ? r.place : r.site.name, r.site.code, r.site.region.name,
                    policeReference(entries.get(r.id)), r.id, isRecovered));
        }
        return lines;
    }

    /**
     * A weapon whose loss is already reported and waits for a second person is not reported again (409, naming the
     * report): the second would only be refused at approval. The weapons are locked by the submission, so two
     * reports of the same weapon cannot both pass this.
     */
    private void requireNotAwaitingApproval(List<Weapon> weapons) {
        List<Object[]> reported = reports.getEntityManager().createQuery("select w, r.id from LossReport r "
                + "join r.weapons w where w in ?1 and exists (select p from PendingOperation p where "
                + "p.id = r.pendingOperationId and p.status = ?2) order by w.id", Object[].class)
                .setParameter(1, weapons).setParameter(2, PendingOperation.Status.PENDING).getResultList();
        if (!reported.isEmpty()) {
            List<ProblemException.Item> items = reported.stream().map(row -> new ProblemException.Item(
                    TagCode.of(TagCode.Kind.WEAPON, ((Weapon) row[0]).id).value(), null, null,
                    "problem.loss.already-reported", String.valueOf(row[1]))).toList();
            throw new ProblemException(ProblemType.STATE_CONFLICT, "weaponTags", items,
                    "problem.loss.already-reported-weapons", items.size());
        }
    }

    private LossReport requireVisible(long id, LockModeType lock) {
        Filter filter = new Filter().within(user.scope(), "r.site");
        TypedQuery<LossReport> query = reports.getEntityManager().createQuery("from LossReport r join fetch r.site "
                + "where r.id = :id and " + filter.query(), LossReport.class).setParameter("id", id);
        filter.parameters().forEach(query::setParameter);
        return query.setLockMode(lock).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound(LOSS_REPORT, id));
    }

    private LossReportViews.LossReportView view(LossReport report) {
        List<LossReportEntry> entries = entries(List.of(report)).getOrDefault(report.id, List.of());
        Taken weapons = taken(report.pendingOperationId, report.operationId);
        Taken ammunition = taken(report.ammunitionPendingOperationId, report.ammunitionOperationId);
        Map<Reported, OffsetDateTime> recovered = recoveries(List.of(report));
        List<LossReportViews.LostWeapon> lostWeapons = report.weapons.stream()
                .sorted((a, b) -> Long.compare(a.id, b.id))
                .map(w -> new LossReportViews.LostWeapon(TagCode.of(TagCode.Kind.WEAPON, w.id).value(),
                        w.manufacturer, w.model, w.calibre, w.manufacturerSerial, w.nationalSerial, w.state,
                        recovered.get(new Reported(report.id, w.id))))
                .toList();
        List<LossReportViews.LostLot> lostLots = report.lots.stream()
                .sorted((a, b) -> Long.compare(a.lot.id, b.lot.id))
                .map(l -> new LossReportViews.LostLot(TagCode.of(TagCode.Kind.AMMUNITION_LOT, l.lot.id).value(),
                        l.lot.item.itemCode, l.lot.item.nomenclature, l.lot.lotNumber, l.quantity))
                .toList();
        return new LossReportViews.LossReportView(report.id, report.kind, report.site.code, report.site.name,
                report.discoveredOn, report.lastVerifiedOn, report.place, report.circumstances, report.reportedBy,
                report.reportedAt, report.stocktakeId, LossReportViews.Approval.together(weapons.approval(),
                        ammunition.approval()),
                report.pendingOperationId, weapons.operationId(), report.ammunitionPendingOperationId,
                ammunition.operationId(), last(entries).status, policeReference(entries), lostWeapons, lostLots,
                entries.stream().map(e -> new LossReportViews.EntryView(e.status, e.policeReference, e.note,
                        e.recordedBy, e.recordedAt)).toList(),
                weapons.operationId() == null ? List.of() : custodyRecords.operation(weapons.operationId()),
                ammunition.operationId() == null ? List.of()
                        : custodyRecords.ammunitionOperation(ammunition.operationId()));
    }

    /** Where one of a report's operations stands, and its id once carried out; none for what the report lacks. */
    private record Taken(LossReportViews.Approval approval, UUID operationId) {
    }

    private Taken taken(UUID pendingOperationId, UUID operationId) {
        if (pendingOperationId == null) {
            return new Taken(operationId == null ? null : LossReportViews.Approval.CARRIED_OUT, operationId);
        }
        PendingOperation pending = pendingOperations.findById(pendingOperationId);
        return new Taken(switch (pending.status) {
            case PENDING -> LossReportViews.Approval.AWAITING_SECOND_PERSON;
            case APPROVED -> LossReportViews.Approval.CARRIED_OUT;
            case REJECTED -> LossReportViews.Approval.REJECTED;
            case WITHDRAWN -> LossReportViews.Approval.WITHDRAWN;
        }, pending.operationId);
    }

    private void addEntry(LossReport report, Investigation status, OffsetDateTime at, String policeReference,
            String note) {
        LossReportEntry entry = new LossReportEntry();
        entry.lossReport = report;
        entry.status = status;
        entry.policeReference = policeReference;
        entry.note = note;
        entry.recordedBy = user.name();
        entry.recordedAt = at;
        reports.getEntityManager().persist(entry);
    }

    /** Each report's entries in order, by report id: one query for them all. */
    private Map<Long, List<LossReportEntry>> entries(Collection<LossReport> of) {
        if (of.isEmpty()) {
            return Map.of();
        }
        EntityManager entityManager = reports.getEntityManager();
        return entityManager.createQuery("from LossReportEntry e where e.lossReport in ?1 order by e.id",
                LossReportEntry.class).setParameter(1, of).getResultStream()
                .collect(Collectors.groupingBy(e -> e.lossReport.id, HashMap::new, Collectors.toList()));
    }

    /** A weapon of a report. */
    private record Reported(long report, long weapon) {
    }

    /**
     * When each weapon of these reports was recovered: the first recovery after its report was filed (its loss was
     * recorded then or later). One query for them all.
     */
    private Map<Reported, OffsetDateTime> recoveries(Collection<LossReport> of) {
        if (of.isEmpty()) {
            return Map.of();
        }
        Map<Reported, OffsetDateTime> recovered = new HashMap<>();
        reports.getEntityManager().createQuery("select r.id, w.id, min(e.serverTime) from LossReport r "
                + "join r.weapons w, CustodyEvent e where r in ?1 and e.weapon = w and e.type = ?2 "
                + "and e.serverTime >= r.reportedAt group by r.id, w.id", Object[].class)
                .setParameter(1, of).setParameter(2, OperationType.RECOVERY).getResultStream()
                .forEach(row -> recovered.put(new Reported((Long) row[0], (Long) row[1]), (OffsetDateTime) row[2]));
        return recovered;
    }

    private static LossReportEntry last(List<LossReportEntry> entries) {
        return entries.get(entries.size() - 1);
    }

    /** The latest police reference given, in the report or a later entry. */
    private static String policeReference(List<LossReportEntry> entries) {
        String reference = null;
        for (LossReportEntry entry : entries) {
            if (entry.policeReference != null) {
                reference = entry.policeReference;
            }
        }
        return reference;
    }

}
