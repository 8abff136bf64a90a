package uk.safeguarding.reviews.tenancy.infrastructure;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Issue 19: when the database is out of reach (restarting, failing over), a request must answer at
 * once with "try again", not hang. EclipseLink's default waits 5 seconds between attempts to run a
 * query again on a lost connection, and tries three times; here it tries once more, a quarter of a
 * second later, which still rides over a pooled connection the database closed while idle.
 */
public class DatabaseOutageCustomizer implements SessionCustomizer {

    static final int QUERY_RETRIES = 1;
    static final int MILLISECONDS_BEFORE_RETRY = 250;

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(QUERY_RETRIES);
            login.setDelayBetweenConnectionAttempts(MILLISECONDS_BEFORE_RETRY);
        }
    }
}
