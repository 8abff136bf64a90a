package uk.safeguarding.reviews.clocks.application;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.safeguarding.reviews.clocks.domain.ClockUnit;
import uk.safeguarding.reviews.clocks.domain.DeadlineStatus;
import uk.safeguarding.reviews.clocks.domain.RunningClock;
import uk.safeguarding.reviews.kernel.work.WorkItem;

/** One clock as lists and the dashboard show it. */
public record ClockLine(UUID id, String subjectType, String subjectId, String subjectLabel, String ruleKey,
        String policyReference, int amount, ClockUnit unit, ZonedDateTime startedAt, LocalDate dueDay,
        ZonedDateTime dueBy, DeadlineStatus status, RunningClock.State state, String ownerName, int ruleVersion,
        int calendarVersion) {

    /** Hour clocks are due at an exact time; the others by the end of their due day. */
    public boolean dueAtATime() {
        return unit.countsHours();
    }

    /** Still counting, or paused: not met and not closed. */
    public boolean isOpen() {
        return state == RunningClock.State.RUNNING || state == RunningClock.State.PAUSED;
    }

    /** Of a subject's clocks, the one of this rule, in whatever state. */
    public static Optional<ClockLine> ofRule(List<ClockLine> clocks, String ruleKey) {
        return clocks.stream().filter(c -> c.ruleKey().equals(ruleKey)).findFirst();
    }

    /** Of a subject's clocks, the open one of this rule. */
    public static Optional<ClockLine> openOfRule(List<ClockLine> clocks, String ruleKey) {
        return clocks.stream().filter(c -> c.ruleKey().equals(ruleKey) && c.isOpen()).findFirst();
    }

    /** A task on a person's work list, due as its clock is, if one runs for it (issue 14 §2). */
    public static WorkItem task(String action, String reference, String link, Optional<ClockLine> clock) {
        return new WorkItem(action, reference, link, clock.map(ClockLine::dueBy).orElse(null),
                clock.map(ClockLine::dueAtATime).orElse(false), clock.map(c -> c.status().name()).orElse(null));
    }
}
