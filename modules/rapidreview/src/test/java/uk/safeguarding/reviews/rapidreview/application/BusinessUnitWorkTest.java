package uk.safeguarding.reviews.rapidreview.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.clocks.domain.DeadlineStatus;

/** §7.11: the papers' deadline is counted back from the meeting; how it stands in the business unit's tasks. */
class BusinessUnitWorkTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final ZonedDateTime DUE = ZonedDateTime.of(2026, 12, 9, 10, 0, 0, 0, UK);

    @Test
    void thePapersAreOnTrackUntilTheDayBeforeDueSoonThenDueTodayThenOverdue() {
        assertEquals(DeadlineStatus.ON_TRACK, BusinessUnitWork.papersStatus(DUE, DUE.minusDays(3)));
        assertEquals(DeadlineStatus.DUE_SOON, BusinessUnitWork.papersStatus(DUE, DUE.minusDays(1).withHour(11)));
        assertEquals(DeadlineStatus.DUE_TODAY, BusinessUnitWork.papersStatus(DUE, DUE.withHour(8)));
        assertEquals(DeadlineStatus.DUE_TODAY, BusinessUnitWork.papersStatus(DUE, DUE), "due at ten, not yet late at ten");
        assertEquals(DeadlineStatus.OVERDUE, BusinessUnitWork.papersStatus(DUE, DUE.plusMinutes(1)));
    }
}
