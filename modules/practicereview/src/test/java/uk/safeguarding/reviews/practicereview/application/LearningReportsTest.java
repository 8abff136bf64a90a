package uk.safeguarding.reviews.practicereview.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.clocks.domain.NonWorkingDay;
import uk.safeguarding.reviews.clocks.domain.Region;
import uk.safeguarding.reviews.clocks.domain.WorkingDayCalendar;

/** "Completed in 38 of 45 working days": the days taken are counted as the clocks count them. */
class LearningReportsTest {

    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(Region.ENGLAND_AND_WALES, 1,
            LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
            List.of(new NonWorkingDay(LocalDate.of(2026, 12, 25), "Christmas Day"),
                    new NonWorkingDay(LocalDate.of(2026, 12, 28), "Boxing Day (substitute day)")),
            List.of());

    @Test
    void theDaysTakenAreWorkingDaysAfterTheStartUpToTheDayItWasAgreed() {
        LocalDate wednesday = LocalDate.of(2026, 12, 2);
        assertEquals(0, LearningReports.workingDaysBetween(CALENDAR, wednesday, wednesday));
        assertEquals(2, LearningReports.workingDaysBetween(CALENDAR, wednesday, LocalDate.of(2026, 12, 6)),
                "Thursday and Friday; the weekend does not count");
        assertEquals(2, LearningReports.workingDaysBetween(CALENDAR, LocalDate.of(2026, 12, 23),
                LocalDate.of(2026, 12, 29)), "the 24th and the 29th: Christmas, the weekend and the substitute"
                        + " Boxing Day do not count");
    }

    @Test
    void aReviewAgreedOnItsDueDayTookExactlyTheWorkingDaysAllowed() {
        LocalDate opened = LocalDate.of(2026, 11, 2);
        LocalDate due = CALENDAR.addWorkingDays(opened, 45).end();
        assertEquals(45, LearningReports.workingDaysBetween(CALENDAR, opened, due));
    }
}
