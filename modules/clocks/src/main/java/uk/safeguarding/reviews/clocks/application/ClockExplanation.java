package uk.safeguarding.reviews.clocks.application;

import java.util.List;
import uk.safeguarding.reviews.clocks.domain.RunningClock;
import uk.safeguarding.reviews.clocks.domain.WorkingDayCalendar.SkippedDay;

/**
 * Everything needed to defend a due date: the line itself, the working days counted, each day that
 * was not counted and why, and the log of pauses, extensions and recomputations.
 */
public record ClockExplanation(ClockLine line, String summary, int budget, List<SkippedDay> skipped,
        List<RunningClock.Pause> pauses, List<RunningClock.Extension> extensions,
        List<RunningClock.Recomputation> recomputations) {
}
