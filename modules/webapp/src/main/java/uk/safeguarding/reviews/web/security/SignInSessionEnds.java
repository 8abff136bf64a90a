package uk.safeguarding.reviews.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.safeguarding.reviews.identity.sessions.SignInSessions;

/**
 * A session the server drops after its partnership's time without activity (nobody came back to be
 * told) is ended at the sign-in service too, so that coming back later means signing in again rather
 * than being let straight back in (issue 18). Sessions this application ended itself, and sessions
 * replaced at sign-in, were dealt with where they ended.
 */
@WebListener
public class SignInSessionEnds implements HttpSessionListener {

    private static final Logger LOG = Logger.getLogger(SignInSessionEnds.class.getName());

    /** Set on a session replaced at sign-in: its sign-in session, if any, is already over. */
    static final String REPLACED = "sg.replaced";

    @Inject
    private SignInSessions signInSessions;

    @Inject
    private Clock clock;

    /**
     * Whether the session really went unused for its whole allowance: a server stopping or the
     * application being redeployed drops sessions too, and must not sign everybody out of Keycloak.
     */
    private boolean timedOut(HttpSession session) {
        return session.getAttribute(TenantGateFilter.LAST_USED) instanceof Instant lastUsed
                && !clock.instant().isBefore(lastUsed.plusSeconds(session.getMaxInactiveInterval()));
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        Object signInSession;
        try {
            if (session.getAttribute(SignOuts.ENDED_HERE) != null || session.getAttribute(REPLACED) != null
                    || !timedOut(session)) {
                return;
            }
            signInSession = session.getAttribute(TenantGateFilter.SIGN_IN_SESSION);
        } catch (IllegalStateException alreadyGone) {
            return;
        }
        if (signInSession instanceof String id && !id.isBlank()) {
            try {
                signInSessions.end(id);
                LOG.fine(() -> "Ended sign-in session " + id + " of a session dropped after its time without activity");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not end the sign-in session of a session dropped after its time without"
                        + " activity; the sign-in service's own limits will end it", e);
            }
        }
    }
}
