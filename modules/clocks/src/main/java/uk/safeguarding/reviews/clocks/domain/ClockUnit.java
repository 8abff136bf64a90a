package uk.safeguarding.reviews.clocks.domain;

/** How a clock's amount is counted. */
public enum ClockUnit {
    /** Elapsed hours on the real timeline: exact across the change to and from British Summer Time. */
    HOURS,
    /**
     * Hours on the partnership's working days only: weekends, bank holidays and closure days hold no
     * hours, so a deadline never falls on one (issue 15: the papers "24 hours before" a Monday morning
     * meeting were due on the Sunday; counted in working hours they are due on the Friday morning).
     */
    WORKING_HOURS,
    /** Working days against the partnership's calendar, counted by the convention in package-info. */
    WORKING_DAYS,
    /** Calendar days, weekends and holidays included. */
    CALENDAR_DAYS,
    /** Calendar months; a start on the 31st ends on the last day of a shorter month. */
    MONTHS;

    /** Whether the unit counts hours (its reminders and escalations are hours before and after too). */
    public boolean countsHours() {
        return this == HOURS || this == WORKING_HOURS;
    }
}
