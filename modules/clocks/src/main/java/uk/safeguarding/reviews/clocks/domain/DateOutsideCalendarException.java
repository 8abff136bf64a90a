package uk.safeguarding.reviews.clocks.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.safeguarding.reviews.kernel.RefusedException;

/**
 * Asked to count a day the calendar does not cover: refused, never guessed, with what to do. The
 * shipped bank holidays end in 2030; a clock that would run past the calendar's last day cannot start
 * until newer GOV.UK bank holidays are loaded, because an unknown bank holiday would make its due
 * date wrong.
 */
public class DateOutsideCalendarException extends RefusedException {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final LocalDate coveredTo;

    public DateOutsideCalendarException(LocalDate date, LocalDate coveredFrom, LocalDate coveredTo) {
        super(message(date, coveredFrom, coveredTo));
        this.coveredTo = coveredTo;
    }

    /** The calendar's last covered day. */
    public LocalDate coveredTo() {
        return coveredTo;
    }

    private static String message(LocalDate date, LocalDate coveredFrom, LocalDate coveredTo) {
        if (date.isBefore(coveredFrom)) {
            return "Working days can only be counted from " + DAY.format(coveredFrom) + ", the first day of the"
                    + " partnership's working-day calendar; " + DAY.format(date) + " is before it.";
        }
        return "Working days can only be counted up to " + DAY.format(coveredTo) + ", the last day of the bank"
                + " holidays in the partnership's working-day calendar, and this would need " + DAY.format(date)
                + ". Nothing was changed. A business manager can load GOV.UK's bank-holidays file for "
                + date.getYear() + " (https://www.gov.uk/bank-holidays.json) under Clock rules, Working days;"
                + " then try again.";
    }
}
