package org.stockpile.custody;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The ledger: appends custody events to their sites' hash chains, and walks the chains to prove they are intact.
 * Appending locks each chain's head row (in site id order, after the caller has locked its weapons in weapon id
 * order), so that a chain never forks and concurrent operations never deadlock.
 */
@ApplicationScoped
public class CustodyLedger {

    private final EntityManager entityManager;
    private final DataSource dataSource;
    private final Clock clock;

    CustodyLedger(EntityManager entityManager, DataSource dataSource, Clock clock) {
        this.entityManager = entityManager;
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
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        for (CustodyEvent event : events) {
            Head head = heads.get(event.site.id);
            event.siteSeq = head.seq() + 1;
            event.previousHash = head.hash();
            event.serverTime = now;
            event.hash = EventHash.of(EventHash.fieldsOf(event));
            entityManager.persist(event);
            heads.put(event.site.id, new Head(event.siteSeq, event.hash));
        }
        heads.forEach((siteId, head) -> entityManager
                .createNativeQuery("update site_chain set last_seq = ?1, last_hash = ?2 where site_id = ?3")
                .setParameter(1, head.seq()).setParameter(2, head.hash()).setParameter(3, siteId).executeUpdate());
    }

    /**
     * Locks a site's chain for the rest of the transaction: operations whose rules read the site's whole store
     * (the explosives licence, compatibility) take it first, so that no other operation changes the store meanwhile.
     */
    public void lockChain(long siteId) {
        lockHead(siteId);
    }

    private Head lockHead(long siteId) {
        entityManager.createNativeQuery("insert into site_chain (site_id, last_seq, last_hash) values (?1, 0, ?2) "
                + "on conflict do nothing").setParameter(1, siteId).setParameter(2, EventHash.GENESIS).executeUpdate();
        Object[] row = (Object[]) entityManager
                .createNativeQuery("select last_seq, last_hash from site_chain where site_id = ?1 for update")
                .setParameter(1, siteId).getSingleResult();
        return new Head(((Number) row[0]).longValue(), (String) row[1]);
    }

    /** Where a chain breaks: the first event (in chain order) whose stored data does not add up. */
    public record BrokenLink(long eventId, String siteCode, long seq, String problem, String expected,
            String found) {
    }

    public record Report(boolean intact, int sitesChecked, long eventsChecked, BrokenLink firstBrokenLink) {
    }

    /**
     * Walks the chain of one site, or of every site when {@code siteId} is null, recomputing each event's hash from
     * the stored row. Reads the rows as they are in the database, whatever wrote them.
     */
    public Report verify(Long siteId) {
        String sql = "select e.id, e.site_id, s.code, e.site_seq, e.operation_id, e.type, e.weapon_id, e.lot_id, "
                + "e.quantity, e.unit, e.from_state, "
                + "e.to_state, e.person_id, e.storage_location_id, e.counterpart_site_id, e.reason, e.reference, "
                + "e.method, e.witnesses, e.requested_by, e.approved_by, e.server_time, e.device_time, e.device_id, "
                + "e.previous_hash, e.hash from custody_event e join site s on s.id = e.site_id "
                + (siteId == null ? "" : "where e.site_id = ? ") + "order by e.site_id, e.site_seq";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (siteId != null) {
                statement.setLong(1, siteId);
            }
            statement.setFetchSize(1000);
            long checked = 0;
            long currentSite = -1;
            int sites = 0;
            long expectedSeq = 1;
            String expectedPrevious = EventHash.GENESIS;
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    long eventId = row.getLong(1);
                    long site = row.getLong(2);
                    String siteCode = row.getString(3);
                    long seq = row.getLong(4);
                    if (site != currentSite) {
                        BrokenLink head = checkHead(connection, currentSite, expectedSeq - 1, expectedPrevious);
                        if (head != null) {
                            return new Report(false, sites, checked, head);
                        }
                        currentSite = site;
                        sites++;
                        expectedSeq = 1;
                        expectedPrevious = EventHash.GENESIS;
                    }
                    EventHash.Fields fields = new EventHash.Fields(site, seq, row.getObject(5, UUID.class),
                            row.getString(6), (Long) row.getObject(7), (Long) row.getObject(8),
                            (Long) row.getObject(9), row.getString(10), row.getString(11), row.getString(12),
                            (Long) row.getObject(13), (Long) row.getObject(14), (Long) row.getObject(15),
                            row.getString(16), row.getString(17), row.getString(18), row.getString(19),
                            row.getString(20), row.getString(21), row.getObject(22, OffsetDateTime.class),
                            row.getObject(23, OffsetDateTime.class), row.getString(24), row.getString(25));
                    String storedHash = row.getString(26);
                    BrokenLink broken = null;
                    if (seq != expectedSeq) {
                        broken = new BrokenLink(eventId, siteCode, seq, "SEQUENCE_GAP", String.valueOf(expectedSeq),
                                String.valueOf(seq));
                    } else if (!expectedPrevious.equals(fields.previousHash())) {
                        broken = new BrokenLink(eventId, siteCode, seq, "PREVIOUS_HASH_MISMATCH", expectedPrevious,
                                fields.previousHash());
                    } else {
                        String recomputed = EventHash.of(fields);
                        if (!recomputed.equals(storedHash)) {
                            broken = new BrokenLink(eventId, siteCode, seq, "CONTENT_CHANGED", recomputed,
                                    storedHash);
                        }
                    }
                    checked++;
                    if (broken != null) {
                        return new Report(false, sites, checked, broken);
                    }
                    expectedSeq = seq + 1;
                    expectedPrevious = storedHash;
                }
            }
            BrokenLink head = checkHead(connection, currentSite, expectedSeq - 1, expectedPrevious);
            return new Report(head == null, sites, checked, head);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the custody ledger", e);
        }
    }

    /** The head row must point at the chain's last event: a removed tail shows here. */
    private static BrokenLink checkHead(Connection connection, long siteId, long lastSeq, String lastHash)
            throws SQLException {
        if (siteId < 0) {
            return null;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "select h.last_seq, h.last_hash, s.code from site_chain h join site s on s.id = h.site_id "
                        + "where h.site_id = ?")) {
            statement.setLong(1, siteId);
            try (ResultSet row = statement.executeQuery()) {
                if (row.next() && (row.getLong(1) != lastSeq || !row.getString(2).equals(lastHash))) {
                    return new BrokenLink(-1, row.getString(3), row.getLong(1), "HEAD_MISMATCH",
                            lastSeq + ":" + lastHash, row.getLong(1) + ":" + row.getString(2));
                }
            }
        }
        return null;
    }
}
