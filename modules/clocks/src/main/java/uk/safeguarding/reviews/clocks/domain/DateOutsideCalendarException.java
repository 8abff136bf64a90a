package uk.safeguarding.reviews.clocks.domain;

import java.time.LocalDate;
import java.util.List;
import uk.safeguarding.reviews.kernel.PlainDates;
import uk.safeguarding.reviews.kernel.RefusedException;

/**
 * Asked to count a day the calendar does not cover: refused, never guessed, with what to do. The
 * shipped bank holidays end in 2030; a clock that would run past the calendar's last day cannot start
 * until newer GOV.UK bank holidays are loaded, because an unknown bank holiday would make its due
 * date wrong.
 */
public class DateOutsideCalendarException extends RefusedException {
    private static final long serialVersionUID = 1L;

    private final LocalDate coveredTo;

    public DateOutsideCalendarException(LocalDate date, LocalDate coveredFrom, LocalDate coveredTo) {
        super(date.isBefore(coveredFrom) ? "clocks.date-outside-calendar-exception.before-first-day"
                : "clocks.date-outside-calendar-exception.after-last-day", date.isBefore(coveredFrom)
                ? List.of(PlainDates.day(coveredFrom), PlainDates.day(date))
                : List.of(PlainDates.day(coveredTo), PlainDates.day(date), String.valueOf(date.getYear())));
        this.coveredTo = coveredTo;
    }

    /** The calendar's last covered day. */
    public LocalDate coveredTo() {
        return coveredTo;
    }

}
