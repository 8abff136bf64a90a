package uk.safeguarding.reviews.identity.sessions;

import java.time.Duration;
import java.time.Instant;
import uk.safeguarding.reviews.kernel.InvalidFieldException;

/**
 * How long a signed-in session of a partnership may last (issue 18): ended after {@code idleMinutes}
 * without a request, and in any case {@code absoluteHours} after signing in. Each partnership sets
 * its own within bounds the sign-in service itself keeps (its realm's idle and maximum lifespans are
 * the upper bounds, so the partnership's setting always decides).
 */
public record SessionLimits(int idleMinutes, int absoluteHours) {

    public static final int DEFAULT_IDLE_MINUTES = 30;
    public static final int DEFAULT_ABSOLUTE_HOURS = 10;
    static final int LEAST_IDLE_MINUTES = 5;
    static final int MOST_IDLE_MINUTES = 60;
    static final int LEAST_ABSOLUTE_HOURS = 1;
    static final int MOST_ABSOLUTE_HOURS = 12;
    /** How long before the end the page warns, and offers to stay signed in (WCAG 2.2 SC 2.2.1: at least 20 seconds). */
    public static final Duration WARNING = Duration.ofMinutes(2);

    public static final SessionLimits DEFAULT = new SessionLimits(DEFAULT_IDLE_MINUTES, DEFAULT_ABSOLUTE_HOURS);

    public SessionLimits {
        if (idleMinutes < LEAST_IDLE_MINUTES || idleMinutes > MOST_IDLE_MINUTES) {
            throw InvalidFieldException.refused("idleMinutes",
                    "identity.session-limits.time-without-activity-must-between", LEAST_IDLE_MINUTES,
                    MOST_IDLE_MINUTES);
        }
        if (absoluteHours < LEAST_ABSOLUTE_HOURS || absoluteHours > MOST_ABSOLUTE_HOURS) {
            throw InvalidFieldException.refused("absoluteHours",
                    "identity.session-limits.longest-session-must-between-hours", LEAST_ABSOLUTE_HOURS,
                    MOST_ABSOLUTE_HOURS);
        }
        if (Duration.ofHours(absoluteHours).compareTo(Duration.ofMinutes(idleMinutes)) <= 0) {
            throw InvalidFieldException.refused("absoluteHours",
                    "identity.session-limits.longest-session-must-longer-than");
        }
    }

    /** Why a session ends, or that it goes on. */
    public enum Verdict {
        GOES_ON, IDLE, TOO_LONG
    }

    public Duration idle() {
        return Duration.ofMinutes(idleMinutes);
    }

    public Duration absolute() {
        return Duration.ofHours(absoluteHours);
    }

    /** Whether a session signed in at {@code signedInAt} and last used at {@code lastUsed} may serve a request at {@code now}. */
    public Verdict verdict(Instant signedInAt, Instant lastUsed, Instant now) {
        if (!now.isBefore(signedInAt.plus(absolute()))) {
            return Verdict.TOO_LONG;
        }
        if (!now.isBefore(lastUsed.plus(idle()))) {
            return Verdict.IDLE;
        }
        return Verdict.GOES_ON;
    }

    /** When a session used now ends if nothing more is done, and why: the page counts down to this. */
    public End end(Instant signedInAt, Instant now) {
        Instant byIdle = now.plus(idle());
        Instant byLength = signedInAt.plus(absolute());
        return byLength.isBefore(byIdle) ? new End(byLength, Verdict.TOO_LONG) : new End(byIdle, Verdict.IDLE);
    }

    /** The moment a session ends and the reason it will; only an idle end can be put off by staying signed in. */
    public record End(Instant at, Verdict reason) {
        public boolean canBePutOff() {
            return reason == Verdict.IDLE;
        }
    }
}
