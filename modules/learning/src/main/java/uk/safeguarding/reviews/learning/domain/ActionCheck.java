package uk.safeguarding.reviews.learning.domain;

import java.time.OffsetDateTime;

/**
 * An act on an action, as the figures count it: its owner's report that it is done, or a scrutineer's
 * or the business unit's decision on that report, verified or returned (§9); with the day the action
 * was due ({@code dueOn}, null if it has none).
 */
public record ActionCheck(String reviewId, String reviewReference, String actionId, int actionNumber,
        String agencyName, ActionUpdate.Kind kind, OffsetDateTime madeAt, java.time.LocalDate dueOn) {

    /** A report of the action done made by the end of the day it was due (§10.3 f: timeliness); none due, none late. */
    public boolean onTime() {
        return dueOn == null || !madeAt.atZoneSameInstant(java.time.ZoneId.of("Europe/London")).toLocalDate()
                .isAfter(dueOn);
    }
}
