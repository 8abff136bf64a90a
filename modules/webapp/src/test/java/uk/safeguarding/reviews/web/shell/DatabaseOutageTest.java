package uk.safeguarding.reviews.web.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Issue 19: a database out of reach is told apart from a fault of the product, however deeply wrapped. */
class DatabaseOutageTest {

    @Test
    void aConnectionRefusedWhileTheDatabaseRestartsIsAnOutage() {
        SQLException refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
        assertTrue(DatabaseOutage.causedBy(new IllegalStateException("Could not read the tenant registry", refused)));
    }

    @Test
    void theDatabaseShuttingDownOrStartingIsAnOutage() {
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(new SQLException("terminating connection", "57P01"))));
        assertTrue(DatabaseOutage.causedBy(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseOutage.causedBy(new RuntimeException(new SQLTransientConnectionException("pool timed out"))));
    }

    @Test
    void otherFaultsAreIncidents() {
        assertFalse(DatabaseOutage.causedBy(new NullPointerException()));
        assertFalse(DatabaseOutage.causedBy(new RuntimeException(new SQLIntegrityConstraintViolationException("duplicate", "23505"))));
        assertFalse(DatabaseOutage.causedBy(new SQLException("syntax error", "42601")));
        assertFalse(DatabaseOutage.causedBy(null));
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(DatabaseOutage.causedBy(first));
    }
}
