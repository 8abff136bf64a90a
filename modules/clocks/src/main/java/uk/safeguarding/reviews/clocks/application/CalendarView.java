package uk.safeguarding.reviews.clocks.application;

import java.time.LocalDate;
import java.util.List;
import uk.safeguarding.reviews.clocks.domain.Region;

/**
 * What the settings page shows of the partnership's calendar in force: its region, closure days and
 * imported bank holidays, the last day working days can be counted to, and whether that day is close
 * enough (twelve months) for the business manager to be warned to load newer bank holidays.
 */
public record CalendarView(int version, Region region, String lastChange, String changedBy, List<ClosureDay> closures,
        List<ClosureDay> importedHolidays, LocalDate coveredTo, boolean runsOutSoon) {

    public record ClosureDay(LocalDate day, String reason) {
    }
}
