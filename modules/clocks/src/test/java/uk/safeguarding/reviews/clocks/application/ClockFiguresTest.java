package uk.safeguarding.reviews.clocks.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.clocks.domain.SettledClock;

/** §10.3 d: when a clock counts as met on time, when it settled, and the median time taken. */
class ClockFiguresTest {

    private static final OffsetDateTime START = OffsetDateTime.parse("2026-05-04T09:00Z");

    private static SettledClock clock(Integer metAfterHours, int dueAfterHours) {
        return new SettledClock("id", "review", "r", "RR-2026-0001", "rapid-review", START,
                metAfterHours == null ? null : START.plusHours(metAfterHours), START.plusHours(dueAfterHours));
    }

    @Test
    void aClockMetByItsDueTimeIsOnTimeAndSettledThenOtherwiseItSettledWhenItFellDue() {
        SettledClock inTime = clock(24, 24);
        assertTrue(inTime.metOnTime(), "met at the very moment it was due");
        assertEquals(START.plusHours(24), inTime.settledAt());
        SettledClock late = clock(30, 24);
        assertFalse(late.metOnTime());
        assertEquals(START.plusHours(24), late.settledAt(), "counted in the year it fell due");
        SettledClock missed = clock(null, 24);
        assertFalse(missed.metOnTime());
        assertEquals(START.plusHours(24), missed.settledAt());
    }

    @Test
    void theMedianIsOfTheClocksMetInTheRulesHoursOrInDays() {
        assertNull(ClockFigures.median(List.of(clock(null, 24)), true), "none met: no median");
        assertEquals("median 10 hours from start to met, of 1 met", ClockFigures.median(List.of(clock(10, 24),
                clock(null, 24)), true));
        assertEquals("median 2 days from start to met, of 3 met", ClockFigures.median(List.of(clock(24, 240),
                clock(72, 240), clock(49, 240)), false));
        assertEquals("median 1.5 days from start to met, of 2 met", ClockFigures.median(List.of(clock(24, 240),
                clock(48, 240)), false));
    }
}
