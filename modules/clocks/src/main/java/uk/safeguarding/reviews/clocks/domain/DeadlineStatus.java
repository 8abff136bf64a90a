package uk.safeguarding.reviews.clocks.domain;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/** Where a clock stands, as every list and dashboard shows it. */
public enum DeadlineStatus {
    ON_TRACK,
    DUE_SOON,
    DUE_TODAY,
    OVERDUE,
    MET,
    MET_LATE;

    /**
     * @param dueSoonFrom the moment it counts as "due soon" (when the owner's reminder goes)
     * @param metAt when the clock was met, or null while it runs
     */
    public static DeadlineStatus of(Deadline deadline, ZonedDateTime dueSoonFrom, ZonedDateTime now,
            ZonedDateTime metAt) {
        if (metAt != null) {
            return metAt.isAfter(deadline.dueBy()) ? MET_LATE : MET;
        }
        if (now.isAfter(deadline.dueBy())) {
            return OVERDUE;
        }
        LocalDate today = now.withZoneSameInstant(DeadlineCalculator.UK).toLocalDate();
        if (today.equals(deadline.dueDay())) {
            return DUE_TODAY;
        }
        return now.isBefore(dueSoonFrom) ? ON_TRACK : DUE_SOON;
    }
}
