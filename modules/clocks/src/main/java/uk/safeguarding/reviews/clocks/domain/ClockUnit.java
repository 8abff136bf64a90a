package uk.safeguarding.reviews.clocks.domain;

/** How a clock's amount is counted. */
public enum ClockUnit {
    /** Elapsed hours on the real timeline: exact across the change to and from British Summer Time. */
    HOURS,
    /** Working days against the partnership's calendar, counted by the convention in package-info. */
    WORKING_DAYS,
    /** Calendar days, weekends and holidays included. */
    CALENDAR_DAYS,
    /** Calendar months; a start on the 31st ends on the last day of a shorter month. */
    MONTHS
}
