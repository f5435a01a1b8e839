package org.stockpile.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stockpile.security.CurrentUser;
import org.stockpile.site.Site;
import org.stockpile.site.SiteService;
import org.stockpile.system.Messages;
import org.stockpile.system.Photos;
import org.stockpile.system.Sha256;
import org.stockpile.system.StoredText;
import org.stockpile.system.paging.Filter;
import org.stockpile.system.paging.Page;
import org.stockpile.system.paging.PageRequest;
import org.stockpile.system.problem.ProblemException;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * Physical-security inspections: opened at a site from the national checklist, assessed item by item with photos by
 * the inspector who opened it and closed by them; each failure's corrective action is then followed up until it is
 * closed with evidence, and reported, open and overdue, by site and region. Inspections are seen within scope.
 */
@ApplicationScoped
public class Inspections {

    private static final Messages.Key INSPECTION = new Messages.Key("record.inspection");
    private static final Messages.Key PHOTO = new Messages.Key("record.photo");
    private static final Map<String, String> SORTABLE = Map.of("id", "n.id", "openedAt", "n.openedAt", "siteCode",
            "n.site.code", "status", "n.status");
    private static final Map<String, String> ACTION_SORTABLE = Map.of("id", "i.id", "dueOn", "i.actionDueOn",
            "siteCode", "n.site.code");

    private final InspectionRepository inspections;
    private final InspectionItemRepository items;
    private final SiteService sites;
    private final CurrentUser user;
    private final InspectionReport report;
    private final Clock clock;
    private final long maxPhotoBytes;
    private final long maxPhotoPixels;
    private final int maxPhotosPerItem;

    Inspections(InspectionRepository inspections, InspectionItemRepository items, SiteService sites,
            CurrentUser user, InspectionReport report, Clock clock,
            @ConfigProperty(name = "stockpile.inspections.photo.max-size") MemorySize maxPhotoSize,
            @ConfigProperty(name = "stockpile.inspections.photo.max-pixels") long maxPhotoPixels,
            @ConfigProperty(name = "stockpile.inspections.photo.max-per-item") int maxPhotosPerItem) {
        this.inspections = inspections;
        this.items = items;
        this.sites = sites;
        this.user = user;
        this.report = report;
        this.clock = clock;
        this.maxPhotoBytes = maxPhotoSize.asLongValue();
        this.maxPhotoPixels = maxPhotoPixels;
        this.maxPhotosPerItem = maxPhotosPerItem;
    }

    /** Which inspections to list: at a site, open or closed. */
    public record Criteria(String siteCode, Inspection.Status status) {
    }

    public Page<InspectionViews.InspectionLine> list(Criteria criteria, PageRequest page) {
        Filter filter = new Filter().within(user.scope(), "n.site").equal("n.site.code", criteria.siteCode())
                .equal("n.status", criteria.status());
        Page<Inspection> found = Page.of(inspections.find("from Inspection n join fetch n.site where "
                + filter.query(), page.toSort(SORTABLE, "openedAt"), filter.parameters()), page, n -> n);
        Map<Long, long[]> counts = new HashMap<>();
        if (!found.items().isEmpty()) {
            em().createQuery("select i.inspection.id, sum(case when i.result = :fail then 1 else 0 end), "
                    + "sum(case when i.actionDescription is not null and i.actionClosedAt is null then 1 else 0 end) "
                    + "from InspectionItem i where i.inspection in :found group by i.inspection.id", Object[].class)
                    .setParameter("fail", InspectionItem.Result.FAIL).setParameter("found", found.items())
                    .getResultList().forEach(row -> counts.put((Long) row[0], new long[] {
                        ((Number) row[1]).longValue(), ((Number) row[2]).longValue() }));
        }
        return found.map(n -> {
            long[] count = counts.getOrDefault(n.id, new long[2]);
            return new InspectionViews.InspectionLine(n.id, n.site.code, n.site.name, n.status, n.openedBy,
                    n.openedAt, n.closedAt, count[0], count[1]);
        });
    }

    public InspectionViews.InspectionView get(long id) {
        return view(requireVisible(id, LockModeType.NONE));
    }

    /** The inspection's report to print, in {@code locale}; an open one's says it is not final. */
    public byte[] report(long id, Locale locale) {
        return report.pdf(get(id), locale);
    }

    /** The largest photo kept, in bytes: a page reads no more of an upload than one byte beyond it. */
    public long photoSizeLimit() {
        return maxPhotoBytes;
    }

    /** The items an inspection opened now would have, in order. */
    public List<ChecklistItem> checklist() {
        return em().createQuery("from ChecklistItem c where c.active order by c.position", ChecklistItem.class)
                .getResultList();
    }

    /**
     * Opens an inspection of a site in scope, from the checklist as it stands. An inspector inspects a site once at a
     * time: opening it again (a retry after a lost answer, a second tap) gives back the inspection they have open there.
     */
    @Transactional
    public InspectionViews.Kept<InspectionViews.InspectionView> open(InspectionRequests.Opening opening) {
        Site site = sites.requireActiveVisibleByCode("siteCode", opening.siteCode());
        Optional<Inspection> open = inspections.find("site = ?1 and openedBy = ?2 and status = ?3", site, user.name(),
                Inspection.Status.OPEN).firstResultOptional();
        if (open.isPresent()) {
            return new InspectionViews.Kept<>(view(open.get()), false);
        }
        Inspection inspection = Inspection.open(site, checklist(), user.name(), OffsetDateTime.now(clock));
        inspections.persistAndFlush(inspection);
        return new InspectionViews.Kept<>(view(inspection), true);
    }

    /** Records what an item was found to be; only the inspector who opened the inspection, while it is open. */
    @Transactional
    public InspectionViews.ItemView assess(long id, String code, InspectionRequests.Assessment assessment) {
        Inspection inspection = requireVisible(id, LockModeType.PESSIMISTIC_WRITE);
        inspection.requireRecordableBy(user.name());
        InspectionItem item = inspection.item(code);
        item.assess(assessment.result(), assessment.severity(), StoredText.blankAsNull(assessment.comment()),
                assessment.action() == null ? null : assessment.action().toAction(), LocalDate.now(clock),
                OffsetDateTime.now(clock));
        items.flush();
        return itemView(item);
    }

    /**
     * Keeps a photo of an item: what it found, by the inspector while the inspection is open; or evidence that its
     * corrective action was carried out, once the inspection is closed and while the action is open. The photo must be
     * a JPEG or PNG within the size and pixel limits, and an item keeps a bounded number of each purpose. The bytes are
     * stored exactly as sent, with their SHA-256; the same bytes sent again for the same purpose (a phone's retry on a
     * poor connection) give back the photo kept the first time.
     */
    @Transactional
    public InspectionViews.Kept<InspectionViews.PhotoView> addPhoto(long id, String code,
            InspectionPhoto.Purpose purpose, byte[] bytes) {
        if (bytes == null || bytes.length == 0 || bytes.length > maxPhotoBytes) {
            throw ProblemException.rule(null, "problem.inspection.photo-size", maxPhotoBytes / (1024 * 1024));
        }
        Photos.Header header = Photos.header(bytes);
        Photos.requireAtMost(maxPhotoPixels, header.width(), header.height());
        String sha256 = Sha256.hex(bytes);
        // Locked, so that uploads of one inspection are counted one after the other.
        Inspection inspection = requireVisible(id, LockModeType.PESSIMISTIC_WRITE);
        InspectionItem item = inspection.item(code);
        if (purpose == InspectionPhoto.Purpose.FINDING) {
            inspection.requireRecordableBy(user.name());
        } else {
            item.requireOpenAction();
        }
        List<InspectionViews.PhotoView> kept = photos(List.of(item)).getOrDefault(item.id, List.of()).stream()
                .filter(photo -> photo.purpose() == purpose).toList();
        Optional<InspectionViews.PhotoView> same = kept.stream().filter(photo -> photo.sha256().equals(sha256))
                .findFirst();
        if (same.isPresent()) {
            return new InspectionViews.Kept<>(same.get(), false);
        }
        if (kept.size() >= maxPhotosPerItem) {
            throw ProblemException.rule("purpose", "problem.inspection.too-many-photos", maxPhotosPerItem);
        }
        InspectionPhoto photo = new InspectionPhoto();
        photo.inspectionItem = item;
        photo.purpose = purpose;
        photo.mediaType = header.mediaType();
        photo.width = header.width();
        photo.height = header.height();
        photo.sizeBytes = bytes.length;
        photo.sha256 = sha256;
        photo.content = bytes;
        photo.uploadedBy = user.name();
        photo.uploadedAt = OffsetDateTime.now(clock);
        em().persist(photo);
        em().flush();
        return new InspectionViews.Kept<>(photoView(photo), true);
    }

    /** A photo's bytes as they were uploaded; 404 for a photo of another inspection or out of scope. */
    public InspectionViews.PhotoContent photo(long id, long photoId) {
        requireVisible(id, LockModeType.NONE);
        return em().createQuery("select new org.stockpile.inspection.InspectionViews$PhotoContent(p.mediaType, "
                + "p.content) from InspectionPhoto p where p.id = ?1 and p.inspectionItem.inspection.id = ?2",
                InspectionViews.PhotoContent.class).setParameter(1, photoId).setParameter(2, id).getResultStream()
                .findFirst().orElseThrow(() -> ProblemException.notFound(PHOTO, photoId));
    }

    /** Closes an inspection whose every item is assessed; only the inspector who opened it. */
    @Transactional
    public InspectionViews.InspectionView close(long id, InspectionRequests.Closing closing) {
        Inspection inspection = requireVisible(id, LockModeType.PESSIMISTIC_WRITE);
        inspection.close(user.name(), StoredText.blankAsNull(closing.remarks()), OffsetDateTime.now(clock));
        inspections.flush();
        return view(inspection);
    }

    /** Closes a corrective action with what was done, once its evidence photos are kept. */
    @Transactional
    public InspectionViews.ItemView closeAction(long id, String code, InspectionRequests.ActionClosing closing) {
        Inspection inspection = requireVisible(id, LockModeType.PESSIMISTIC_WRITE);
        InspectionItem item = inspection.item(code);
        item.closeAction(closing.note().strip(), photoCount(item, InspectionPhoto.Purpose.EVIDENCE), user.name(),
                OffsetDateTime.now(clock));
        items.flush();
        return itemView(item);
    }

    /** Which corrective actions to report: where they stand (not closed when left out), at a site, in a region. */
    public record ActionCriteria(InspectionItem.ActionStatus status, String siteCode, String regionCode) {
    }

    /** The corrective actions of closed inspections in scope, the earliest due first. */
    public Page<InspectionViews.ActionLine> actions(ActionCriteria criteria, PageRequest page) {
        Filter filter = new Filter().within(user.scope(), "n.site").equal("n.site.code", criteria.siteCode())
                .equal("n.site.region.code", criteria.regionCode());
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        parameters.put("closed", Inspection.Status.CLOSED);
        String standing = switch (criteria.status() == null ? InspectionItem.ActionStatus.NONE : criteria.status()) {
            case NONE -> "i.actionClosedAt is null";
            case OPEN -> "i.actionClosedAt is null and i.actionDueOn >= :today";
            case OVERDUE -> "i.actionClosedAt is null and i.actionDueOn < :today";
            case CLOSED -> "i.actionClosedAt is not null";
        };
        LocalDate today = LocalDate.now(clock);
        if (standing.contains(":today")) {
            parameters.put("today", today);
        }
        return Page.of(items.find("from InspectionItem i join fetch i.inspection n join fetch n.site s "
                + "join fetch s.region where i.actionDescription is not null and n.status = :closed and " + standing
                + " and " + filter.query(), page.toSort(ACTION_SORTABLE, "dueOn"), parameters), page,
                i -> new InspectionViews.ActionLine(i.inspection.id, i.inspection.site.code, i.inspection.site.name,
                        i.inspection.site.region.code, i.inspection.site.region.name, i.code, i.titleFr, i.titleEn,
                        i.severity, i.actionDescription, i.actionOwner, i.actionDueOn, i.actionStatus(today),
                        i.actionClosedAt));
    }

    /** How many corrective actions are open and overdue at each site in scope that has any, and in each region. */
    public InspectionViews.ActionSummary actionSummary() {
        LocalDate today = LocalDate.now(clock);
        Filter filter = new Filter().within(user.scope(), "n.site");
        var query = em().createQuery("select s.code, s.name, r.code, r.name, count(i), "
                + "sum(case when i.actionDueOn < :today then 1 else 0 end) from InspectionItem i join i.inspection n "
                + "join n.site s join s.region r where i.actionDescription is not null and i.actionClosedAt is null "
                + "and n.status = :closed and " + filter.query() + " group by s.code, s.name, r.code, r.name "
                + "order by r.code, s.code", Object[].class).setParameter("today", today)
                .setParameter("closed", Inspection.Status.CLOSED);
        filter.parameters().forEach(query::setParameter);
        List<InspectionViews.ActionCount> bySite = new ArrayList<>();
        Map<String, InspectionViews.ActionCount> byRegion = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            long open = ((Number) row[4]).longValue();
            long overdue = ((Number) row[5]).longValue();
            bySite.add(new InspectionViews.ActionCount((String) row[0], (String) row[1], open, overdue));
            byRegion.merge((String) row[2], new InspectionViews.ActionCount((String) row[2], (String) row[3], open,
                    overdue), (a, b) -> new InspectionViews.ActionCount(a.code(), a.name(), a.open() + b.open(),
                            a.overdue() + b.overdue()));
        }
        return new InspectionViews.ActionSummary(today, bySite, List.copyOf(byRegion.values()));
    }

    private long photoCount(InspectionItem item, InspectionPhoto.Purpose purpose) {
        return em().createQuery("select count(p) from InspectionPhoto p where p.inspectionItem = ?1 and "
                + "p.purpose = ?2", Long.class).setParameter(1, item).setParameter(2, purpose).getSingleResult();
    }

    private InspectionViews.InspectionView view(Inspection inspection) {
        Map<Long, List<InspectionViews.PhotoView>> photos = photos(inspection.items);
        LocalDate today = LocalDate.now(clock);
        return new InspectionViews.InspectionView(inspection.id, inspection.site.code, inspection.site.name,
                inspection.site.region.code, inspection.status, inspection.openedBy, inspection.openedAt,
                inspection.closedAt, inspection.remarks, inspection.items.stream()
                        .map(item -> itemView(item, photos.getOrDefault(item.id, List.of()), today)).toList());
    }

    private InspectionViews.ItemView itemView(InspectionItem item) {
        return itemView(item, photos(List.of(item)).getOrDefault(item.id, List.of()), LocalDate.now(clock));
    }

    private static InspectionViews.ItemView itemView(InspectionItem item, List<InspectionViews.PhotoView> photos,
            LocalDate today) {
        InspectionViews.ActionView action = item.actionDescription == null ? null
                : new InspectionViews.ActionView(item.actionDescription, item.actionOwner, item.actionDueOn,
                        item.actionStatus(today), item.actionClosedAt, item.actionClosedBy, item.actionClosureNote);
        return new InspectionViews.ItemView(item.code, item.position, item.titleFr, item.titleEn, item.result,
                item.severity, item.comment, item.assessedAt, action, photos);
    }

    /** The photos of {@code of}, by item, without their bytes. */
    private Map<Long, List<InspectionViews.PhotoView>> photos(List<InspectionItem> of) {
        if (of.isEmpty()) {
            return Map.of();
        }
        return em().createQuery("select p.inspectionItem.id, p.id, p.purpose, p.mediaType, p.width, p.height, "
                + "p.sizeBytes, p.sha256, p.uploadedBy, p.uploadedAt from InspectionPhoto p where p.inspectionItem "
                + "in ?1 order by p.id", Object[].class).setParameter(1, of).getResultList().stream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(row ->
                        new InspectionViews.PhotoView((Long) row[1], (InspectionPhoto.Purpose) row[2],
                                (String) row[3], (Integer) row[4], (Integer) row[5], (Integer) row[6],
                                (String) row[7], (String) row[8], (OffsetDateTime) row[9]), Collectors.toList())));
    }

    private static InspectionViews.PhotoView photoView(InspectionPhoto photo) {
        return new InspectionViews.PhotoView(photo.id, photo.purpose, photo.mediaType, photo.width, photo.height,
                photo.sizeBytes, photo.sha256, photo.uploadedBy, photo.uploadedAt);
    }

    private Inspection requireVisible(long id, LockModeType lock) {
        return inspections.findByIdOptional(id, lock).filter(inspection -> sites.isVisible(inspection.site))
                .orElseThrow(() -> ProblemException.notFound(INSPECTION, id));
    }

    private EntityManager em() {
        return inspections.getEntityManager();
    }
}
