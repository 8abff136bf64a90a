package uk.safeguarding.reviews.tenancy.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.Project;
import org.junit.jupiter.api.Test;

/** Issue 19: a lost database is retried once, a quarter of a second later, never for seconds on end. */
class DatabaseOutageCustomizerTest {

    @Test
    void aQueryOnALostConnectionIsTriedOnceMoreAfterAQuarterOfASecond() {
        DatabaseLogin login = new DatabaseLogin();
        DatabaseSession session = new Project(login).createDatabaseSession();
        assertEquals(5000, login.getDelayBetweenConnectionAttempts(), "EclipseLink's own wait, which this changes");

        new DatabaseOutageCustomizer().customize(session);

        assertEquals(1, login.getQueryRetryAttemptCount());
        assertEquals(250, login.getDelayBetweenConnectionAttempts());
    }
}
