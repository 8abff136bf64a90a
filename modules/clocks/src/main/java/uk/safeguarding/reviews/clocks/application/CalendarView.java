package uk.safeguarding.reviews.clocks.application;

import java.time.LocalDate;
import java.util.List;
import uk.safeguarding.reviews.clocks.domain.Region;

/** What the settings page shows of the partnership's calendar in force. */
public record CalendarView(int version, Region region, String lastChange, String changedBy, List<ClosureDay> closures,
        List<ClosureDay> importedHolidays) {

    public record ClosureDay(LocalDate day, String reason) {
    }
}
