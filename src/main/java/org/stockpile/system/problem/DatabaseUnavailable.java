package org.stockpile.system.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Recognises a failure that says "the database cannot be reached now" rather than "this request is wrong": the
 * server is down, restarting or refusing connections, a connection broke mid-request, or no pooled connection
 * came free in time. The client is told to try again (503); a custody request retried with the same
 * Idempotency-Key is then either done once or answered as it was the first time.
 */
final class DatabaseUnavailable {

    /** SQLSTATE classes: 08 connection exception; 57P01–57P03 the server is shutting down or starting up. */
    private static final String CONNECTION_EXCEPTION = "08";
    private static final String OPERATOR_INTERVENTION = "57P";

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure} itself (not its causes) says the database cannot be reached. */
    static boolean signals(Throwable failure) {
        return failure instanceof JDBCConnectionException || failure instanceof SQLTransientConnectionException
                || failure instanceof SQLNonTransientConnectionException
                || failure instanceof SQLException sql && (isConnectionState(sql.getSQLState()) || isPoolTimeout(sql));
    }

    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith(CONNECTION_EXCEPTION) || state.startsWith(OPERATOR_INTERVENTION));
    }

    /** Agroal reports a connection that did not come free within the acquisition timeout only by its message. */
    private static boolean isPoolTimeout(SQLException e) {
        return String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }
}
