package uk.safeguarding.reviews.web.shell;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a fault is the database out of reach for a moment (restarting, failing over, refusing new
 * connections while it starts) rather than a fault of the product (issue 19). Such a request changed
 * nothing (its transaction did not commit), so the person is told to try again, not given an incident.
 */
final class DatabaseOutage {

    /** Bounds the walk down a cause chain that loops back on itself. */
    private static final int DEEPEST_CAUSE = 20;

    private DatabaseOutage() {
    }

    static boolean causedBy(Throwable fault) {
        Throwable cause = fault;
        for (int depth = 0; cause != null && depth < DEEPEST_CAUSE; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && connectionLost(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQL state class 08 is a connection exception (SQL standard); PostgreSQL's 57P01 to 57P03 are the
     * server shutting down or not yet accepting connections.
     */
    private static boolean connectionLost(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P0"));
    }
}
