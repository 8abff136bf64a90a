package uk.safeguarding.reviews.identity.sessions;

/**
 * The sign-in service's side of a session (issue 18). Ending only the application's session would
 * let the sign-in service sign the person straight back in, so a session the partnership's limits
 * end is ended there too.
 */
public interface SignInSessions {

    /** Ends the sign-in service's session of this id (the ID token's {@code sid}); one already ended is no fault. */
    void end(String signInSessionId);
}
