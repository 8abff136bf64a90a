package uk.safeguarding.reviews.clocks.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import uk.safeguarding.reviews.clocks.domain.WorkingDayCalendar.SkippedDay;
import uk.safeguarding.reviews.clocks.domain.WorkingDayCalendar.WorkingDaySpan;

/** The one place that turns a rule, a start and a calendar into a due date. */
public final class DeadlineCalculator {

    /** Partnerships in England, Wales, Scotland and Northern Ireland all keep UK time. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    private DeadlineCalculator() {
    }

    public static Deadline dueDate(ClockRule rule, ZonedDateTime startedAt, WorkingDayCalendar calendar) {
        return dueDate(rule, startedAt, calendar, day -> Optional.empty());
    }

    /**
     * As {@link #dueDate(ClockRule, ZonedDateTime, WorkingDayCalendar)}, a working-day clock also
     * passing over the days {@code alsoSkip} gives a reason for, such as the days it was paused.
     */
    public static Deadline dueDate(ClockRule rule, ZonedDateTime startedAt, WorkingDayCalendar calendar,
            Function<LocalDate, Optional<String>> alsoSkip) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(calendar, "calendar");
        ZonedDateTime start = startedAt.withZoneSameInstant(UK);
        LocalDate startDay = start.toLocalDate();
        boolean after = rule.direction() == ClockDirection.AFTER;
        int n = rule.amount();
        return switch (rule.unit()) {
            case HOURS -> {
                ZonedDateTime due = after ? start.plusHours(n) : start.minusHours(n);
                yield new Deadline(rule, start, due.toLocalDate(), due, calendar.version(), List.of());
            }
            case WORKING_HOURS -> workingHours(rule, start, n, after, calendar);
            case WORKING_DAYS -> {
                WorkingDaySpan span = after ? calendar.addWorkingDays(startDay, n, alsoSkip)
                        : calendar.subtractWorkingDays(startDay, n);
                yield endOfDay(rule, start, span.end(), calendar, span);
            }
            case CALENDAR_DAYS -> endOfDay(rule, start, after ? startDay.plusDays(n) : startDay.minusDays(n),
                    calendar, null);
            case MONTHS -> endOfDay(rule, start, after ? startDay.plusMonths(n) : startDay.minusMonths(n),
                    calendar, null);
        };
    }

    /**
     * Counts {@code hours} forwards or back from {@code start} through the partnership's working days
     * only: a day that is not a working day is passed over whole, and listed among the skipped days with
     * why. The due time always falls on a working day: counted forwards, a count ending exactly at
     * midnight is due at the end of the working day before it.
     */
    private static Deadline workingHours(ClockRule rule, ZonedDateTime start, int hours, boolean after,
            WorkingDayCalendar calendar) {
        Duration left = Duration.ofHours(hours);
        List<SkippedDay> skipped = new ArrayList<>();
        ZonedDateTime cursor = start;
        while (!left.isZero()) {
            // The day whose hours are counted next: the cursor's own, or (counting back from a midnight) the day before.
            LocalDate day = !after && cursor.equals(cursor.toLocalDate().atStartOfDay(UK))
                    ? cursor.toLocalDate().minusDays(1) : cursor.toLocalDate();
            ZonedDateTime edge = after ? day.plusDays(1).atStartOfDay(UK) : day.atStartOfDay(UK);
            Optional<String> notWorking = calendar.whyNotWorking(day);
            if (notWorking.isPresent()) {
                skipped.add(new SkippedDay(day, notWorking.get()));
            } else {
                Duration available = Duration.between(after ? cursor : edge, after ? edge : cursor);
                if (left.compareTo(available) < 0 || (!after && left.equals(available))) {
                    cursor = after ? cursor.plus(left) : cursor.minus(left);
                    break;
                }
                if (after && left.equals(available)) {
                    cursor = endOf(day);
                    break;
                }
                left = left.minus(available);
            }
            cursor = edge;
        }
        return new Deadline(rule, start, cursor.toLocalDate(), cursor, calendar.version(), List.copyOf(skipped));
    }

    /**
     * A day clock is met by the end of its due day, UK time: the last microsecond, because that is
     * what PostgreSQL keeps (LocalTime.MAX would be rounded up into the next day).
     */
    public static ZonedDateTime endOf(LocalDate day) {
        return day.atTime(LAST_MICROSECOND).atZone(UK);
    }

    private static final LocalTime LAST_MICROSECOND = LocalTime.of(23, 59, 59, 999_999_000);

    private static Deadline endOfDay(ClockRule rule, ZonedDateTime start, LocalDate dueDay,
            WorkingDayCalendar calendar, WorkingDaySpan span) {
        return new Deadline(rule, start, dueDay, endOf(dueDay), calendar.version(), span == null ? List.of() : span.skipped());
    }
}
