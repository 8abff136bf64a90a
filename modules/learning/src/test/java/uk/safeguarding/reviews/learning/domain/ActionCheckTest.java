package uk.safeguarding.reviews.learning.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** §10.3 f: an action reported done by the end of the day it was due, in England, is on time. */
class ActionCheckTest {

    private static final LocalDate DUE = LocalDate.of(2026, 7, 9);

    @Test
    void aReportByTheEndOfTheDueDayInEnglandIsOnTimeAndOneAfterItIsLate() {
        // British Summer Time: 22:30 UTC on the 9th is 23:30 in England, still the 9th; 23:30 UTC is the 10th.
        assertTrue(report(OffsetDateTime.of(2026, 7, 9, 22, 30, 0, 0, ZoneOffset.UTC), DUE).onTime());
        assertFalse(report(OffsetDateTime.of(2026, 7, 9, 23, 30, 0, 0, ZoneOffset.UTC), DUE).onTime());
        assertTrue(report(OffsetDateTime.of(2026, 7, 1, 9, 0, 0, 0, ZoneOffset.UTC), DUE).onTime(), "early");
        assertTrue(report(OffsetDateTime.of(2027, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC), null).onTime(),
                "an action with no day due is never late");
    }

    private static ActionCheck report(OffsetDateTime madeAt, LocalDate dueOn) {
        return new ActionCheck("review", "LCR-2026-0001", "action", 1, "Police", ActionUpdate.Kind.DONE, madeAt, dueOn);
    }
}
