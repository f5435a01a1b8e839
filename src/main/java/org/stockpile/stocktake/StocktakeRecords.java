package org.stockpile.stocktake;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.stockpile.system.TagCode;
import org.stockpile.weapon.Weapon;

/**
 * The SQL of counting, in one place: the book snapshot taken at opening, the scans and lot counts added while
 * counting, and what a reconciliation reads back. Statements are plain SQL over whole sets (a depot's book is tens of
 * thousands of rows), never one entity at a time.
 */
@ApplicationScoped
class StocktakeRecords {

    /** Only a weapon or lot on hand at the site, neither issued nor in transit, is on the site's shelves. */
    private static final String ON_HAND = "holder_person_id is null and holder_unit_id is null "
            + "and transit_to_site_id is null";

    private final EntityManager entityManager;

    StocktakeRecords(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A weapon of the book at opening, with what describes it. */
    record BookRow(Reconciliation.BookWeapon weapon, String description) {
    }

    /** A lot of the book or of the counts, with what describes it. */
    record LotRow(long lotId, String lotNumber, String itemCode) {
    }

    /** Snapshots every active weapon of the site, each marked counted when it is at {@code locationId} (or always). */
    void snapshotWeapons(Stocktake stocktake) {
        Long locationId = stocktake.storageLocation == null ? null : stocktake.storageLocation.id;
        String counted = locationId == null ? "true" : "coalesce(w.storage_location_id = ?3, false)";
        Query insert = entityManager.createNativeQuery("insert into stocktake_book_weapon (stocktake_id, weapon_id, "
                + "storage_location_id, state, counted) select ?1, w.id, w.storage_location_id, w.state, " + counted
                + " from weapon w where w.site_id = ?2 and w.status = 'ACTIVE'")
                .setParameter(1, stocktake.id).setParameter(2, stocktake.site.id);
        if (locationId != null) {
            insert.setParameter(3, locationId);
        }
        insert.executeUpdate();
    }

    /** The ids of the weapons in store at the site (or the location), which a sample is drawn from, by id. */
    List<Long> weaponsInStore(Stocktake stocktake) {
        return ids("select id from weapon where site_id = ?1 and status = 'ACTIVE' and state = 'IN_STORE'"
                + locationCondition(stocktake, "storage_location_id") + " order by id", stocktake);
    }

    /** Snapshots every active weapon of the site, the sample drawn ({@code drawn}) being those the count is about. */
    void snapshotSample(Stocktake stocktake, Collection<Long> drawn) {
        entityManager.createNativeQuery("insert into stocktake_book_weapon (stocktake_id, weapon_id, "
                + "storage_location_id, state, counted) select :stocktake, w.id, w.storage_location_id, w.state, "
                + "w.id in (:drawn) from weapon w where w.site_id = :site and w.status = 'ACTIVE'")
                .setParameter("stocktake", stocktake.id).setParameter("site", stocktake.site.id)
                .setParameter("drawn", drawn.isEmpty() ? List.of(-1L) : drawn).executeUpdate();
    }

    /** The ids of the lots on hand at the site (or the location), by id. */
    List<Long> lotsOnHand(Stocktake stocktake) {
        return ids("select lot_id from ammunition_stock where site_id = ?1 and " + ON_HAND
                + locationCondition(stocktake, "storage_location_id") + " group by lot_id having sum(quantity) > 0 "
                + "order by lot_id", stocktake);
    }

    /** Snapshots the quantities on hand of {@code lots} at the site (or the location). */
    void snapshotLots(Stocktake stocktake, Collection<Long> lots) {
        if (lots.isEmpty()) {
            return;
        }
        Query insert = entityManager.createNativeQuery("insert into stocktake_book_lot (stocktake_id, lot_id, "
                + "quantity) select :stocktake, lot_id, sum(quantity) from ammunition_stock where site_id = :site and "
                + ON_HAND + " and lot_id in (:lots)" + (stocktake.storageLocation == null ? ""
                        : " and storage_location_id = :location") + " group by lot_id")
                .setParameter("stocktake", stocktake.id).setParameter("site", stocktake.site.id)
                .setParameter("lots", lots);
        if (stocktake.storageLocation != null) {
            insert.setParameter("location", stocktake.storageLocation.id);
        }
        insert.executeUpdate();
    }

    private static String locationCondition(Stocktake stocktake, String column) {
        return stocktake.storageLocation == null ? "" : " and " + column + " = " + stocktake.storageLocation.id;
    }

    @SuppressWarnings("unchecked")
    private List<Long> ids(String sql, Stocktake stocktake) {
        List<Number> rows = entityManager.createNativeQuery(sql).setParameter(1, stocktake.site.id).getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    /**
     * Records a scan unless one with its id is already recorded; true when recorded now. The weapon is the one the
     * tag names, or none when it names no weapon: looked up in the same statement.
     */
    boolean addScan(UUID id, long stocktakeId, TagCode tag, Long locationId, int round, String countedBy,
            OffsetDateTime countedAt, OffsetDateTime deviceTime) {
        return entityManager.createNativeQuery("insert into stocktake_scan (id, stocktake_id, tag, weapon_id, "
                + "storage_location_id, round, counted_by, counted_at, device_time) values (?1, ?2, ?3, "
                + "(select id from weapon where id = ?4), ?5, ?6, ?7, ?8, ?9) on conflict (id) do nothing")
                .setParameter(1, id).setParameter(2, stocktakeId).setParameter(3, tag.value())
                .setParameter(4, tag.number())
                .setParameter(5, locationId).setParameter(6, round).setParameter(7, countedBy)
                .setParameter(8, countedAt).setParameter(9, deviceTime).executeUpdate() == 1;
    }

    /** Records a lot count unless one with its id is already recorded; true when recorded now. */
    boolean addLotCount(UUID id, long stocktakeId, long lotId, Long locationId, long quantity, int round,
            String countedBy, OffsetDateTime countedAt, OffsetDateTime deviceTime) {
        return entityManager.createNativeQuery("insert into stocktake_lot_count (id, stocktake_id, lot_id, "
                + "storage_location_id, quantity, round, counted_by, counted_at, device_time) values (?1, ?2, ?3, ?4, "
                + "?5, ?6, ?7, ?8, ?9) on conflict (id) do nothing")
                .setParameter(1, id).setParameter(2, stocktakeId).setParameter(3, lotId).setParameter(4, locationId)
                .setParameter(5, quantity).setParameter(6, round).setParameter(7, countedBy)
                .setParameter(8, countedAt).setParameter(9, deviceTime).executeUpdate() == 1;
    }

    boolean lotExists(long id) {
        return !entityManager.createNativeQuery("select 1 from ammunition_lot where id = ?1").setParameter(1, id)
                .getResultList().isEmpty();
    }

    /** Whether the scan recorded with this id is of this tag in this stocktake. */
    boolean scanRecorded(UUID id, long stocktakeId, String tag) {
        return !entityManager.createNativeQuery("select 1 from stocktake_scan where id = ?1 and stocktake_id = ?2 "
                + "and tag = ?3").setParameter(1, id).setParameter(2, stocktakeId).setParameter(3, tag)
                .getResultList().isEmpty();
    }

    /** Whether the lot count recorded with this id is of this lot in this stocktake. */
    boolean lotCountRecorded(UUID id, long stocktakeId, long lotId) {
        return !entityManager.createNativeQuery("select 1 from stocktake_lot_count where id = ?1 "
                + "and stocktake_id = ?2 and lot_id = ?3").setParameter(1, id).setParameter(2, stocktakeId)
                .setParameter(3, lotId).getResultList().isEmpty();
    }

    /** How many distinct weapon tags have been scanned, and how many scans {@code counter} made. */
    long[] scanCounts(long stocktakeId, String counter) {
        Object[] row = (Object[]) entityManager.createNativeQuery("select count(distinct tag), "
                + "count(*) filter (where counted_by = ?2) from stocktake_scan where stocktake_id = ?1")
                .setParameter(1, stocktakeId).setParameter(2, counter).getSingleResult();
        return new long[] { ((Number) row[0]).longValue(), ((Number) row[1]).longValue() };
    }

    long lotsCountedSoFar(long stocktakeId) {
        return ((Number) entityManager.createNativeQuery("select count(distinct lot_id) from stocktake_lot_count "
                + "where stocktake_id = ?1").setParameter(1, stocktakeId).getSingleResult()).longValue();
    }

    /** Each counter's scans and lot counts, and when they last counted. */
    List<StocktakeViews.CounterView> counters(long stocktakeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select counted_by, sum(scans), sum(lots), "
                + "max(last_at) from (select counted_by, count(*) scans, 0 lots, max(counted_at) last_at "
                + "from stocktake_scan where stocktake_id = ?1 group by counted_by union all "
                + "select counted_by, 0, count(*), max(counted_at) from stocktake_lot_count where stocktake_id = ?1 "
                + "group by counted_by) c group by counted_by order by counted_by")
                .setParameter(1, stocktakeId).getResultList();
        return rows.stream().map(row -> new StocktakeViews.CounterView((String) row[0], ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), time(row[3]))).toList();
    }

    /** The book at opening, with each weapon's maker, model and serial. */
    List<BookRow> book(long stocktakeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select b.weapon_id, b.storage_location_id, b.state, "
                + "b.counted, w.manufacturer || ' ' || w.model || ' · ' || w.manufacturer_serial "
                + "from stocktake_book_weapon b join weapon w on w.id = b.weapon_id where b.stocktake_id = ?1")
                .setParameter(1, stocktakeId).getResultList();
        List<BookRow> book = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            book.add(new BookRow(new Reconciliation.BookWeapon(id, TagCode.of(TagCode.Kind.WEAPON, id).value(),
                    row[1] == null ? null : ((Number) row[1]).longValue(), Weapon.State.valueOf((String) row[2]),
                    (Boolean) row[3]), (String) row[4]));
        }
        return book;
    }

    /** Each weapon tag scanned once, at the location it was last scanned at. */
    List<Reconciliation.FoundWeapon> found(long stocktakeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select distinct on (tag) tag, weapon_id, "
                + "storage_location_id from stocktake_scan where stocktake_id = ?1 "
                + "order by tag, counted_at desc, id").setParameter(1, stocktakeId).getResultList();
        return rows.stream().map(row -> new Reconciliation.FoundWeapon((String) row[0],
                row[1] == null ? null : ((Number) row[1]).longValue(),
                row[2] == null ? null : ((Number) row[2]).longValue())).toList();
    }

    /** The weapons and the lots a custody event at the site moved after the count opened. */
    Set<Long> movedSinceOpening(Stocktake stocktake, String column) {
        @SuppressWarnings("unchecked")
        List<Number> rows = entityManager.createNativeQuery("select distinct " + column + " from custody_event "
                + "where site_id = ?1 and site_seq > ?2 and " + column + " is not null")
                .setParameter(1, stocktake.site.id).setParameter(2, stocktake.openingSeq).getResultList();
        Set<Long> ids = new HashSet<>();
        rows.forEach(id -> ids.add(id.longValue()));
        return ids;
    }

    Map<Long, Long> lotsOnBook(long stocktakeId) {
        return quantities("select lot_id, quantity from stocktake_book_lot where stocktake_id = ?1 order by lot_id",
                stocktakeId);
    }

    /** Each lot's quantity counted: the last count at each place it was counted at, added up. */
    Map<Long, Long> lotsCounted(long stocktakeId) {
        return quantities("select lot_id, sum(quantity) from (select distinct on (lot_id, "
                + "coalesce(storage_location_id, 0)) lot_id, quantity from stocktake_lot_count where stocktake_id = ?1 "
                + "order by lot_id, coalesce(storage_location_id, 0), counted_at desc, id) c group by lot_id "
                + "order by lot_id", stocktakeId);
    }

    private Map<Long, Long> quantities(String sql, long stocktakeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(sql).setParameter(1, stocktakeId).getResultList();
        Map<Long, Long> quantities = new LinkedHashMap<>();
        rows.forEach(row -> quantities.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        return quantities;
    }

    /** The lot number and item code of each lot. */
    Map<Long, LotRow> lots(Collection<Long> lotIds) {
        Map<Long, LotRow> lots = new HashMap<>();
        if (lotIds.isEmpty()) {
            return lots;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select l.id, l.lot_number, i.item_code "
                + "from ammunition_lot l join ammunition_item i on i.id = l.item_id where l.id in (:lots)")
                .setParameter("lots", lotIds).getResultList();
        rows.forEach(row -> lots.put(((Number) row[0]).longValue(),
                new LotRow(((Number) row[0]).longValue(), (String) row[1], (String) row[2])));
        return lots;
    }

    /** The code of every storage location of the site. */
    Map<Long, String> locationCodes(long siteId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select id, code from storage_location "
                + "where site_id = ?1").setParameter(1, siteId).getResultList();
        Map<Long, String> codes = new HashMap<>();
        rows.forEach(row -> codes.put(((Number) row[0]).longValue(), (String) row[1]));
        return codes;
    }

    /** An explanation of an item's discrepancy: what it says and who gave it. */
    /** An item's explanation: who gave it, and the loss report it was escalated as, if it was. */
    record Explained(String explanation, String by, Long lossReportId) {
    }

    /** The last explanation of each item, by weapon tag or lot tag. */
    Map<String, Explained> explanations(long stocktakeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select tag, lot_id, explanation, explained_by, "
                + "loss_report_id from stocktake_explanation where stocktake_id = ?1 order by id")
                .setParameter(1, stocktakeId).getResultList();
        Map<String, Explained> explained = new HashMap<>();
        rows.forEach(row -> explained.put(itemTag(row[0], row[1]), new Explained((String) row[2], (String) row[3],
                row[4] == null ? null : ((Number) row[4]).longValue())));
        return explained;
    }

    /** Explains an item: a weapon (by its tag) or a lot (by its id); perhaps by the loss report it was escalated as. */
    void explain(long stocktakeId, TagCode item, String explanation, String by, OffsetDateTime at,
            Long lossReportId) {
        entityManager.createNativeQuery("insert into stocktake_explanation (stocktake_id, tag, lot_id, explanation, "
                + "explained_by, explained_at, loss_report_id) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, stocktakeId).setParameter(2, weaponTag(item)).setParameter(3, lotId(item))
                .setParameter(4, explanation).setParameter(5, by).setParameter(6, at)
                .setParameter(7, lossReportId).executeUpdate();
    }

    /**
     * The day these weapons were last all verified: the earliest, among them, of the last day a closed count found
     * each; null when a count never found one of them.
     */
    LocalDate lastVerified(Collection<Long> weaponIds) {
        @SuppressWarnings("unchecked")
        List<Object> days = entityManager.createNativeQuery("select max(s.counted_at) from stocktake_scan s "
                + "join stocktake t on t.id = s.stocktake_id where t.status = 'CLOSED' and s.weapon_id in (?1) "
                + "group by s.weapon_id").setParameter(1, weaponIds).getResultList();
        if (days.size() < weaponIds.size()) {
            return null;
        }
        return days.stream().map(day -> time(day).toLocalDate())
                .min(LocalDate::compareTo).orElse(null);
    }

    /** The last recount round that asked for each item, by weapon tag or lot tag. */
    Map<String, Integer> recountRounds(long stocktakeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select tag, lot_id, max(round) from "
                + "stocktake_recount_item where stocktake_id = ?1 group by tag, lot_id").setParameter(1, stocktakeId)
                .getResultList();
        Map<String, Integer> rounds = new HashMap<>();
        rows.forEach(row -> rounds.put(itemTag(row[0], row[1]), ((Number) row[2]).intValue()));
        return rounds;
    }

    /** Asks for an item to be counted again in {@code round}: a weapon (by its tag) or a lot (by its id). */
    void askRecount(long stocktakeId, int round, TagCode item, String by, OffsetDateTime at) {
        entityManager.createNativeQuery("insert into stocktake_recount_item (stocktake_id, round, tag, lot_id, "
                + "requested_by, requested_at) values (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, stocktakeId)
                .setParameter(2, round).setParameter(3, weaponTag(item)).setParameter(4, lotId(item))
                .setParameter(5, by).setParameter(6, at).executeUpdate();
    }

    /** An item's weapon tag as the tables keep it: a lot's is null. */
    private static String weaponTag(TagCode item) {
        return item.kind() == TagCode.Kind.WEAPON ? item.value() : null;
    }

    /** An item's lot id as the tables keep it: a weapon's is null. */
    private static Long lotId(TagCode item) {
        return item.kind() == TagCode.Kind.AMMUNITION_LOT ? item.number() : null;
    }

    /** Who counted in the first round. */
    @SuppressWarnings("unchecked")
    List<String> firstCounters(long stocktakeId) {
        return entityManager.createNativeQuery("select counted_by from stocktake_scan where stocktake_id = ?1 "
                + "and round = 0 union select counted_by from stocktake_lot_count where stocktake_id = ?1 "
                + "and round = 0 order by 1").setParameter(1, stocktakeId).getResultList();
    }

    /** When each site's last count of each scope closed. */
    Map<Long, Map<CountSchedule.Kind, OffsetDateTime>> lastClosed() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select site_id, scope, max(closed_at) from stocktake "
                + "where status = 'CLOSED' group by site_id, scope").getResultList();
        Map<Long, Map<CountSchedule.Kind, OffsetDateTime>> closed = new HashMap<>();
        rows.forEach(row -> closed.computeIfAbsent(((Number) row[0]).longValue(), site -> new HashMap<>())
                .put(CountSchedule.Kind.valueOf((String) row[1]), time(row[2])));
        return closed;
    }

    /** When each site's last custody event was recorded: the head of its chain, one index look-up per site. */
    Map<Long, OffsetDateTime> lastMovements() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select c.site_id, e.server_time from site_chain c "
                + "join custody_event e on e.site_id = c.site_id and e.site_seq = c.last_seq").getResultList();
        Map<Long, OffsetDateTime> moved = new HashMap<>();
        rows.forEach(row -> moved.put(((Number) row[0]).longValue(), time(row[1])));
        return moved;
    }

    private static String itemTag(Object weaponTag, Object lotId) {
        return weaponTag != null ? (String) weaponTag
                : TagCode.of(TagCode.Kind.AMMUNITION_LOT, ((Number) lotId).longValue()).value();
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return value == null ? null : ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
