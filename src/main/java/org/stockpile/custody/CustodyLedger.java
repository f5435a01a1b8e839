package org.stockpile.custody;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stockpile.system.PlainSql;
import org.stockpile.system.StoredText;

/**
 * The ledger: appends custody events to their sites' hash chains, and walks the chains to prove they are intact.
 * Appending locks each chain's head row (in site id order, after the caller has locked its weapons in weapon id
 * order), so that a chain never forks and concurrent operations never deadlock.
 *
 * <p>A break found by a verification is recorded once ({@code ledger_break}: which event, what was wrong, who found
 * it and when) and the walk goes on from the hash stored in the broken event, so that every later break is found too
 * and an inspector can tell an old, known break from a new one.
 */
@ApplicationScoped
public class CustodyLedger {

    /** How many breaks one verification lists and records; the count of all of them is always given. */
    static final int MAX_LISTED_BREAKS = 1000;
    /** The years a stored time may fall in: within them, the database and Java agree on the calendar. */
    static final int EARLIEST_YEAR = 1900;
    static final int LATEST_YEAR = 9999;

    /**
     * An event is written as it is hashed: the row holds exactly the hashed fields and the hash, one statement for
     * the whole operation, and the entity stays out of Hibernate's session (an event never changes once written).
     */
    private static final String INSERT = "insert into custody_event (site_id, site_seq, operation_id, type, "
            + "weapon_id, lot_id, quantity, unit, from_state, to_state, person_id, storage_location_id, "
            + "counterpart_site_id, reason, reference, method, witnesses, requested_by, approved_by, server_time, "
            + "device_time, device_id, details, override_reason, override_findings, previous_hash, hash) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final PlainSql sql;
    private final DataSource dataSource;
    private final Clock clock;

    CustodyLedger(PlainSql sql, DataSource dataSource, Clock clock) {
        this.sql = sql;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    private record Head(long seq, String hash) {
    }

    /** Links {@code events} (all fields set but the chain's) into their sites' chains and writes them. */
    public void append(List<CustodyEvent> events) {
        Map<Long, Head> heads = new TreeMap<>();
        events.forEach(event -> heads.put(event.site.id, null));
        for (Long siteId : heads.keySet()) {
            heads.put(siteId, lockHead(siteId));
        }
        OffsetDateTime now = EventHash.storedTime(OffsetDateTime.now(clock));
        List<Object[]> rows = new ArrayList<>(events.size());
        for (CustodyEvent event : events) {
            Head head = heads.get(event.site.id);
            event.siteSeq = head.seq() + 1;
            event.previousHash = head.hash();
            event.serverTime = now;
            makeStorable(event);
            EventHash.Fields fields = EventHash.fieldsOf(event);
            event.hash = EventHash.of(fields);
            rows.add(row(fields, event.hash));
            heads.put(event.site.id, new Head(event.siteSeq, event.hash));
        }
        List<Long> ids = sql.insert(INSERT, rows);
        for (int i = 0; i < events.size(); i++) {
            events.get(i).id = ids.get(i);
        }
        heads.forEach((siteId, head) -> sql.update("update site_chain set last_seq = ?, last_hash = ? where site_id = ?",
                head.seq(), head.hash(), siteId));
    }

    private static Object[] row(EventHash.Fields f, String hash) {
        return new Object[] { f.siteId(), f.siteSeq(), f.operationId(), f.type(), f.weaponId(), f.lotId(),
                f.quantity(), f.unit(), f.fromState(), f.toState(), f.personId(), f.storageLocationId(),
                f.counterpartSiteId(), f.reason(), f.reference(), f.method(), f.witnesses(), f.requestedBy(),
                f.approvedBy(), f.serverTime(), f.deviceTime(), f.deviceId(), f.details(), f.overrideReason(),
                f.overrideFindings(), f.previousHash(), hash };
    }

    /**
     * Makes the event exactly what the database will keep, so that its hash still matches when it is read back:
     * times cut to the microsecond in UTC; texts that the database would refuse, or shorten (varchar silently drops
     * trailing spaces over its length), never reach it. Requests are validated long before this point, so a text
     * refused here is a defect of the caller, not a clerk's mistake.
     */
    static void makeStorable(CustodyEvent event) {
        event.deviceTime = EventHash.storedTime(event.deviceTime);
        if (event.deviceTime != null && (event.deviceTime.getYear() < EARLIEST_YEAR
                || event.deviceTime.getYear() > LATEST_YEAR)) {
            throw new IllegalArgumentException("A custody event's device time is out of range: " + event.deviceTime);
        }
        requireStorable("unit", event.unit, 100);
        requireStorable("reason", event.reason, 500);
        requireStorable("reference", event.reference, 100);
        requireStorable("method", event.method, 100);
        requireStorable("witnesses", event.witnesses, 500);
        requireStorable("requestedBy", event.requestedBy, 100);
        requireStorable("approvedBy", event.approvedBy, 100);
        requireStorable("deviceId", event.deviceId, 100);
        requireStorable("details", event.details, CustodyEvent.MAX_DETAILS);
        requireStorable("overrideReason", event.overrideReason, CustodyEvent.MAX_OVERRIDE_REASON);
        requireStorable("overrideFindings", event.overrideFindings, CustodyEvent.MAX_OVERRIDE_FINDINGS);
    }

    private static void requireStorable(String field, String text, int maxLength) {
        if (text != null && (!StoredText.isStorable(text) || StoredText.length(text) > maxLength)) {
            throw new IllegalArgumentException("A custody event's " + field + " cannot be stored as it is");
        }
    }

    /**
     * Locks a site's chain for the rest of the transaction: operations whose rules read the site's whole store
     * (the explosives licence, compatibility) take it first, so that no other operation changes the store meanwhile.
     *
     * @return the sequence number of the chain's last event (0 when it has none)
     */
    public long lockChain(long siteId) {
        return lockHead(siteId).seq();
    }

    /** Locks the head of a site's chain, which a site's first event starts. */
    private Head lockHead(long siteId) {
        return lockedHead(siteId).orElseGet(() -> {
            sql.update("insert into site_chain (site_id, last_seq, last_hash) values (?, 0, ?) on conflict do nothing",
                    siteId, EventHash.GENESIS);
            return lockedHead(siteId).orElseThrow();
        });
    }

    private Optional<Head> lockedHead(long siteId) {
        return sql.first("select last_seq, last_hash from site_chain where site_id = ? for update",
                row -> new Head(row.getLong(1), row.getString(2)), siteId);
    }

    /** What can be wrong with a link of a chain. */
    public enum Problem {
        /** The sequence number is not the one after the previous event's: events were removed or inserted. */
        SEQUENCE_GAP,
        /** The event does not point at the hash of the event before it. */
        PREVIOUS_HASH_MISMATCH,
        /** The event's stored data no longer hashes to its stored hash: it was edited. */
        CONTENT_CHANGED,
        /** The chain's head does not point at its last event: events were removed from its end. */
        HEAD_MISMATCH
    }

    /**
     * A break, with who recorded it first and when; {@code newlyFound} when this verification is the first to see
     * it. {@code eventId} is absent for a head that does not match.
     */
    public record BrokenLink(@Schema(nullable = true) Long eventId, String siteCode, long seq, Problem problem,
            @Schema(nullable = true) String expected, @Schema(nullable = true) String found, String recordedBy,
            OffsetDateTime recordedAt, boolean newlyFound) {
    }

    /**
     * The outcome of a verification: intact when no chain has any break, known or new. {@code breaks} counts every
     * break found; {@code brokenLinks} lists the first {@value #MAX_LISTED_BREAKS} in chain order, which are the ones
     * recorded, and {@code newBreaks} says how many of those this verification was the first to find.
     */
    public record Report(boolean intact, int sitesChecked, long eventsChecked, long breaks, long newBreaks,
            List<BrokenLink> brokenLinks) {
    }

    private record Found(long siteId, String siteCode, Long eventId, long seq, Problem problem, String expected,
            String found) {

        String key() {
            return siteId + ":" + seq + ":" + problem;
        }
    }

    private record Recorded(String by, OffsetDateTime at) {
    }

    /**
     * Walks the chain of one site, or of every site when {@code siteId} is null, recomputing each event's hash from
     * the stored row, and records the breaks not recorded before as found by {@code verifiedBy}. Reads the rows as
     * they are in the database, whatever wrote them, in one snapshot so that events appended meanwhile do not look
     * like a broken head.
     */
    public Report verify(Long siteId, String verifiedBy) {
        Walk walk = new Walk();
        Map<String, Recorded> recorded;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                Map<Long, Head> heads = heads(connection, siteId, walk);
                recorded = recordedBreaks(connection, siteId);
                walkEvents(connection, siteId, walk, heads);
                heads.forEach(walk::checkHead);
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the custody ledger", e);
        }
        List<BrokenLink> links = new ArrayList<>();
        long newBreaks = 0;
        for (Found found : walk.listed) {
            Recorded first = recorded.get(found.key());
            boolean isNew = first == null;
            if (isNew) {
                first = record(found, verifiedBy);
                newBreaks++;
            }
            links.add(new BrokenLink(found.eventId(), found.siteCode(), found.seq(), found.problem(),
                    found.expected(), found.found(), first.by(), first.at(), isNew));
        }
        return new Report(walk.breaks == 0, walk.siteCodes.size(), walk.events, walk.breaks, newBreaks,
                List.copyOf(links));
    }

    /** The breaks one walk finds. Each chain goes on from each event's stored hash, so one break hides no other. */
    private static final class Walk {
        final Map<Long, String> siteCodes = new HashMap<>();
        final Map<Long, Head> lastOfChain = new HashMap<>();
        final List<Found> listed = new ArrayList<>();
        long breaks;
        long events;
        long site = -1;
        long expectedSeq;
        String expectedPrevious;

        void check(long eventId, long siteId, String siteCode, EventHash.Fields fields, String storedHash) {
            if (siteId != site) {
                site = siteId;
                siteCodes.put(siteId, siteCode);
                expectedSeq = 1;
                expectedPrevious = EventHash.GENESIS;
            }
            events++;
            if (fields.siteSeq() != expectedSeq) {
                add(new Found(siteId, siteCode, eventId, fields.siteSeq(), Problem.SEQUENCE_GAP,
                        String.valueOf(expectedSeq), String.valueOf(fields.siteSeq())));
            } else if (!expectedPrevious.equals(fields.previousHash())) {
                add(new Found(siteId, siteCode, eventId, fields.siteSeq(), Problem.PREVIOUS_HASH_MISMATCH,
                        expectedPrevious, fields.previousHash()));
            }
            String recomputed = EventHash.of(fields);
            if (!recomputed.equals(storedHash)) {
                add(new Found(siteId, siteCode, eventId, fields.siteSeq(), Problem.CONTENT_CHANGED, recomputed,
                        storedHash));
            }
            expectedSeq = fields.siteSeq() + 1;
            expectedPrevious = storedHash;
            lastOfChain.put(siteId, new Head(fields.siteSeq(), storedHash));
        }

        /** The head must point at the chain's last event (the genesis when it has none): a removed tail shows here. */
        void checkHead(long siteId, Head head) {
            Head last = lastOfChain.getOrDefault(siteId, new Head(0, EventHash.GENESIS));
            if (!head.equals(last)) {
                add(new Found(siteId, siteCodes.get(siteId), null, head.seq(), Problem.HEAD_MISMATCH,
                        last.seq() + ":" + last.hash(), head.seq() + ":" + head.hash()));
            }
        }

        void add(Found found) {
            breaks++;
            if (listed.size() < MAX_LISTED_BREAKS) {
                listed.add(found);
            }
        }
    }

    private static void walkEvents(Connection connection, Long siteId, Walk walk, Map<Long, Head> heads)
            throws SQLException {
        String sql = "select e.*, s.code as site_code from custody_event e join site s on s.id = e.site_id "
                + (siteId == null ? "" : "where e.site_id = ? ") + "order by e.site_id, e.site_seq";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (siteId != null) {
                statement.setLong(1, siteId);
            }
            statement.setFetchSize(1000);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    long site = row.getLong("site_id");
                    walk.check(row.getLong("id"), site, row.getString("site_code"), fields(row),
                            row.getString("hash"));
                    // A chain whose head row is gone is checked against the genesis, so that it shows as broken.
                    heads.putIfAbsent(site, new Head(0, EventHash.GENESIS));
                }
            }
        }
    }

    /** The hashed fields of an event row, read by column name. */
    private static EventHash.Fields fields(ResultSet row) throws SQLException {
        return EventHash.event(row.getLong("site_id"), row.getLong("site_seq"),
                row.getObject("operation_id", UUID.class), row.getString("type"))
                .weapon(longOrNull(row, "weapon_id"))
                .lot(longOrNull(row, "lot_id"), longOrNull(row, "quantity"), row.getString("unit"))
                .states(row.getString("from_state"), row.getString("to_state"))
                .person(longOrNull(row, "person_id"))
                .storageLocation(longOrNull(row, "storage_location_id"))
                .counterpartSite(longOrNull(row, "counterpart_site_id"))
                .texts(row.getString("reason"), row.getString("reference"), row.getString("method"),
                        row.getString("witnesses"))
                .people(row.getString("requested_by"), row.getString("approved_by"))
                .device(row.getObject("device_time", OffsetDateTime.class), row.getString("device_id"))
                .details(row.getString("details"))
                .override(row.getString("override_reason"), row.getString("override_findings"))
                .linked(row.getObject("server_time", OffsetDateTime.class), row.getString("previous_hash"));
    }

    private static Long longOrNull(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static Map<Long, Head> heads(Connection connection, Long siteId, Walk walk) throws SQLException {
        Map<Long, Head> heads = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement("select h.site_id, h.last_seq, h.last_hash, "
                + "s.code as site_code from site_chain h join site s on s.id = h.site_id"
                + (siteId == null ? "" : " where h.site_id = ?"))) {
            if (siteId != null) {
                statement.setLong(1, siteId);
            }
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    long site = row.getLong("site_id");
                    heads.put(site, new Head(row.getLong("last_seq"), row.getString("last_hash")));
                    walk.siteCodes.put(site, row.getString("site_code"));
                }
            }
        }
        return heads;
    }

    private static Map<String, Recorded> recordedBreaks(Connection connection, Long siteId) throws SQLException {
        Map<String, Recorded> recorded = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("select site_id, site_seq, problem, "
                + "recorded_by, recorded_at from ledger_break" + (siteId == null ? "" : " where site_id = ?"))) {
            if (siteId != null) {
                statement.setLong(1, siteId);
            }
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    recorded.put(row.getLong("site_id") + ":" + row.getLong("site_seq") + ":"
                            + row.getString("problem"), recorded(row));
                }
            }
        }
        return recorded;
    }

    private static Recorded recorded(ResultSet row) throws SQLException {
        return new Recorded(row.getString("recorded_by"), row.getObject("recorded_at", OffsetDateTime.class));
    }

    /** Records a break the first time it is seen; a verifier racing this one may have recorded it first. */
    private Recorded record(Found found, String verifiedBy) {
        OffsetDateTime now = EventHash.storedTime(OffsetDateTime.now(clock));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into ledger_break (site_id, "
                        + "site_seq, event_id, problem, expected, found, recorded_by, recorded_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing");
                PreparedStatement select = connection.prepareStatement("select recorded_by, recorded_at from "
                        + "ledger_break where site_id = ? and site_seq = ? and problem = ?")) {
            insert.setLong(1, found.siteId());
            insert.setLong(2, found.seq());
            insert.setObject(3, found.eventId());
            insert.setString(4, found.problem().name());
            insert.setString(5, found.expected());
            insert.setString(6, found.found());
            insert.setString(7, verifiedBy);
            insert.setObject(8, now);
            insert.executeUpdate();
            select.setLong(1, found.siteId());
            select.setLong(2, found.seq());
            select.setString(3, found.problem().name());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return recorded(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record a break of the custody ledger", e);
        }
    }
}
