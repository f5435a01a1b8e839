package org.stockpile.support;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Checks, straight in the database, what the service promised: each acknowledged operation is in the ledger
 * exactly once, each weapon's events follow each other (no weapon issued twice, returned without being out…),
 * and each weapon's current state is where its last event left it.
 */
public final class LedgerAudit implements AutoCloseable {

    private final Connection connection;

    public LedgerAudit(String jdbcUrl, String username) throws SQLException {
        connection = DriverManager.getConnection(jdbcUrl, username, null);
    }

    /** How many events each of {@code operationIds} has in the ledger (absent: none). */
    public Map<UUID, Integer> eventsPerOperation(Collection<UUID> operationIds) throws SQLException {
        Map<UUID, Integer> counts = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select operation_id, count(*) from custody_event where operation_id = any(?) group by operation_id")) {
            Array ids = connection.createArrayOf("uuid", operationIds.toArray());
            statement.setArray(1, ids);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    counts.put(row.getObject(1, UUID.class), row.getInt(2));
                }
            }
        }
        return counts;
    }

    /** Events whose starting state is not the state the weapon's previous event ended in. */
    public long brokenSequences() throws SQLException {
        return count("select count(*) from (select from_state, lag(to_state) over (partition by weapon_id "
                + "order by id) as previous from custody_event where weapon_id is not null) e "
                + "where e.previous is not null and e.from_state is distinct from e.previous");
    }

    /** Weapons whose state or holder differs from what their last event says. */
    public long weaponsAwayFromTheirLastEvent() throws SQLException {
        return count("select count(*) from weapon w join lateral (select e.to_state, e.person_id, e.type "
                + "from custody_event e where e.weapon_id = w.id order by e.id desc limit 1) last on true "
                + "where last.to_state <> w.state "
                + "or (w.state = 'ISSUED' and last.person_id is distinct from w.holder_id)");
    }

    public long events() throws SQLException {
        return count("select count(*) from custody_event");
    }

    private long count(String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
