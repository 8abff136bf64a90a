package uk.safeguarding.reviews.clocks.domain;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import uk.safeguarding.reviews.clocks.domain.WorkingDayCalendar.SkippedDay;

/**
 * A computed due date with what it was computed from, so it can be defended: the rule, the start,
 * the calendar version, and the days that were not counted and why.
 *
 * @param dueBy the last moment that meets the clock: the end of the due day for day and month
 *        clocks, the exact instant for hour clocks
 */
public record Deadline(ClockRule rule, ZonedDateTime startedAt, LocalDate dueDay, ZonedDateTime dueBy,
        int calendarVersion, List<SkippedDay> skipped) {

    public Deadline {
        skipped = List.copyOf(skipped);
    }

    /** One line a business manager can read, for example "15 working days after Mon 2 Mar 2026 ...". */
    public String summary() {
        String counted = rule.amount() + " " + rule.unit().name().toLowerCase(java.util.Locale.UK).replace('_', ' ')
                + (rule.direction() == ClockDirection.AFTER ? " after " : " before ")
                + startedAt.toLocalDate();
        if (skipped.isEmpty()) {
            return counted + ": due " + dueDay;
        }
        return counted + ": due " + dueDay + "; not counted: " + skipped.stream()
                .map(d -> d.date() + " (" + d.reason() + ")").reduce((a, b) -> a + ", " + b).orElse("");
    }
}
