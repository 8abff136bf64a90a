package uk.safeguarding.reviews.clocks.domain;

import java.time.LocalDate;

/** Asked about a day the calendar does not cover: an error, never a guess. */
public class DateOutsideCalendarException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DateOutsideCalendarException(LocalDate date, LocalDate coveredFrom, LocalDate coveredTo) {
        super("The working-day calendar covers " + coveredFrom + " to " + coveredTo + ", not " + date);
    }
}
