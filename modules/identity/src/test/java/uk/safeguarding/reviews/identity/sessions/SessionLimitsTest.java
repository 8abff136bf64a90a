package uk.safeguarding.reviews.identity.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.identity.sessions.SessionLimits.Verdict;
import uk.safeguarding.reviews.kernel.InvalidFieldException;

/** Issue 18: a session ends after the partnership's minutes without activity, and in any case after its hours. */
class SessionLimitsTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-07T08:00:00Z");
    private static final SessionLimits LIMITS = SessionLimits.DEFAULT;

    @Test
    void theDefaultsAreThirtyMinutesWithoutActivityAndTenHoursInAll() {
        assertEquals(30, LIMITS.idleMinutes());
        assertEquals(10, LIMITS.absoluteHours());
    }

    @Test
    void aSessionUsedWithinTheIdleTimeGoesOn() {
        Instant lastUsed = SIGNED_IN.plus(Duration.ofHours(2));
        assertEquals(Verdict.GOES_ON, LIMITS.verdict(SIGNED_IN, lastUsed, lastUsed.plus(Duration.ofMinutes(29))));
    }

    @Test
    void thirtyMinutesWithoutARequestEndIt() {
        Instant lastUsed = SIGNED_IN.plus(Duration.ofHours(2));
        assertEquals(Verdict.IDLE, LIMITS.verdict(SIGNED_IN, lastUsed, lastUsed.plus(Duration.ofMinutes(30))));
    }

    @Test
    void tenHoursAfterSigningInItEndsHoweverActive() {
        Instant now = SIGNED_IN.plus(Duration.ofHours(10));
        assertEquals(Verdict.TOO_LONG, LIMITS.verdict(SIGNED_IN, now.minusSeconds(1), now));
        assertEquals(Verdict.GOES_ON, LIMITS.verdict(SIGNED_IN, now.minusSeconds(2), now.minusSeconds(1)));
    }

    @Test
    void thePageCountsDownToTheIdleEndUnlessTheAbsoluteEndComesFirst() {
        Instant early = SIGNED_IN.plus(Duration.ofHours(1));
        SessionLimits.End idleEnd = LIMITS.end(SIGNED_IN, early);
        assertEquals(early.plus(Duration.ofMinutes(30)), idleEnd.at());
        assertTrue(idleEnd.canBePutOff());

        Instant late = SIGNED_IN.plus(Duration.ofHours(9).plusMinutes(50));
        SessionLimits.End lengthEnd = LIMITS.end(SIGNED_IN, late);
        assertEquals(SIGNED_IN.plus(Duration.ofHours(10)), lengthEnd.at());
        assertEquals(Verdict.TOO_LONG, lengthEnd.reason());
        assertFalse(lengthEnd.canBePutOff());
    }

    @Test
    void limitsOutsideTheBoundsAreRefusedBesideTheirField() {
        assertEquals("idleMinutes", assertThrows(InvalidFieldException.class, () -> new SessionLimits(4, 10)).field());
        assertEquals("idleMinutes", assertThrows(InvalidFieldException.class, () -> new SessionLimits(61, 10)).field());
        assertEquals("absoluteHours", assertThrows(InvalidFieldException.class, () -> new SessionLimits(30, 0)).field());
        assertEquals("absoluteHours", assertThrows(InvalidFieldException.class, () -> new SessionLimits(30, 13)).field());
        assertEquals("absoluteHours", assertThrows(InvalidFieldException.class, () -> new SessionLimits(60, 1)).field());
    }

    @Test
    void theWarningLeavesMoreThanTwentySecondsToStaySignedIn() {
        // WCAG 2.2 SC 2.2.1 Timing Adjustable: warned, with at least 20 seconds to extend by a simple action.
        assertTrue(SessionLimits.WARNING.compareTo(Duration.ofSeconds(20)) > 0);
    }
}
