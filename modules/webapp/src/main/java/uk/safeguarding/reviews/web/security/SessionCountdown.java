package uk.safeguarding.reviews.web.security;

import java.time.Instant;
import uk.safeguarding.reviews.identity.sessions.SessionLimits;

/**
 * What the page's countdown needs (issue 18): when the session ends if nothing more is done, the
 * server's "now" it was counted from (so the browser's own clock, or the product's day, never skews
 * it), when to warn, and whether staying signed in can put the end off.
 */
public record SessionCountdown(SessionLimits.End end, Instant now) {

    public long endsAtMillis() {
        return end.at().toEpochMilli();
    }

    public long nowMillis() {
        return now.toEpochMilli();
    }

    public long warningMillis() {
        return SessionLimits.WARNING.toMillis();
    }

    public boolean canBePutOff() {
        return end.canBePutOff();
    }

    /** The reason the page names when it signs the person out itself. */
    public String signOutReason() {
        return end.canBePutOff() ? "idle" : "too-long";
    }
}
