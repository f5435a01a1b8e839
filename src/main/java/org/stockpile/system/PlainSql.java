package org.stockpile.system;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * Plain SQL in the current transaction, on its connection, for the tables no entity maps (an idempotency key's claim,
 * a chain's head). A native query through Hibernate first flushes every entity the transaction holds, in case the
 * statement reads them, and afterwards invalidates what every entity type has cached, in case it changed them: work
 * that a custody operation paid for on each of its statements, for tables Hibernate knows nothing of.
 */
@ApplicationScoped
public class PlainSql {

    /** Reads the row a query answered. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final EntityManager entityManager;

    PlainSql(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Runs an insert, update or delete; how many rows it changed. */
    public int update(String sql, Object... parameters) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                return statement.executeUpdate();
            }
        });
    }

    /**
     * Runs an insert once per row of parameters, as one batch; the generated {@code id} of each row, in the order
     * of the rows.
     */
    public List<Long> insert(String sql, List<Object[]> rows) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql, new String[] { "id" })) {
                for (Object[] row : rows) {
                    bind(statement, row);
                    statement.addBatch();
                }
                statement.executeBatch();
                List<Long> ids = new ArrayList<>(rows.size());
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(keys.getLong(1));
                    }
                }
                if (ids.size() != rows.size()) {
                    throw new SQLException(rows.size() + " rows inserted, " + ids.size() + " ids given back");
                }
                return ids;
            }
        });
    }

    /** The first row a query answers, read by {@code row}; empty when it answers none. */
    public <T> Optional<T> first(String sql, Row<T> row, Object... parameters) {
        return query(sql, parameters, result -> result.next() ? Optional.of(row.read(result)) : Optional.empty());
    }

    /** Every row a query answers, in its order, each read by {@code row}. */
    public <T> List<T> list(String sql, Row<T> row, Object... parameters) {
        return query(sql, parameters, result -> {
            List<T> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(row.read(result));
            }
            return rows;
        });
    }

    /** Runs a query and reads its whole result with {@code read}. */
    private <T> T query(String sql, Object[] parameters, Row<T> read) {
        return session().doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                try (ResultSet result = statement.executeQuery()) {
                    return read.read(result);
                }
            }
        });
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }

    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
