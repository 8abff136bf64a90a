package uk.safeguarding.reviews.clocks.application;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;
import uk.safeguarding.reviews.clocks.domain.ClockUnit;
import uk.safeguarding.reviews.clocks.domain.DeadlineStatus;
import uk.safeguarding.reviews.clocks.domain.RunningClock;

/** One clock as lists and the dashboard show it. */
public record ClockLine(UUID id, String subjectType, String subjectId, String subjectLabel, String ruleKey,
        String policyReference, int amount, ClockUnit unit, ZonedDateTime startedAt, LocalDate dueDay,
        ZonedDateTime dueBy, DeadlineStatus status, RunningClock.State state, String ownerName, int ruleVersion,
        int calendarVersion) {

    /** Hour clocks are due at an exact time; the others by the end of their due day. */
    public boolean dueAtATime() {
        return unit == ClockUnit.HOURS;
    }
}
