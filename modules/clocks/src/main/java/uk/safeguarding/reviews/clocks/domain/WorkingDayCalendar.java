package uk.safeguarding.reviews.clocks.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * One partnership's working days: weekends and its region's bank holidays are not worked, nor are
 * the partnership's own closure days. Immutable and versioned: a change makes a new version, so a
 * clock can say which version it was computed under.
 */
public final class WorkingDayCalendar {

    private final Region region;
    private final int version;
    private final LocalDate coveredFrom;
    private final LocalDate coveredTo;
    private final Map<LocalDate, String> nonWorkingWeekdays;

    public WorkingDayCalendar(Region region, int version, LocalDate coveredFrom, LocalDate coveredTo,
            Collection<NonWorkingDay> bankHolidays, Collection<NonWorkingDay> closures) {
        this.region = Objects.requireNonNull(region, "region");
        if (version < 1) {
            throw new IllegalArgumentException("Calendar versions start at 1");
        }
        this.version = version;
        this.coveredFrom = Objects.requireNonNull(coveredFrom, "coveredFrom");
        this.coveredTo = Objects.requireNonNull(coveredTo, "coveredTo");
        if (coveredTo.isBefore(coveredFrom)) {
            throw new IllegalArgumentException("The calendar ends before it starts");
        }
        Map<LocalDate, String> days = new TreeMap<>();
        bankHolidays.forEach(d -> days.merge(d.date(), d.reason(), (a, b) -> a + "; " + b));
        closures.forEach(d -> days.merge(d.date(), "Closure: " + d.reason(), (a, b) -> a + "; " + b));
        this.nonWorkingWeekdays = Map.copyOf(days);
    }

    /** The shipped bank holidays of a region, with the partnership's closure days. */
    public static WorkingDayCalendar of(Region region, BankHolidays holidays, int version,
            Collection<NonWorkingDay> closures) {
        return new WorkingDayCalendar(region, version, holidays.coveredFrom(region), holidays.coveredTo(region),
                holidays.in(region), closures);
    }

    public Region region() {
        return region;
    }

    public int version() {
        return version;
    }

    public LocalDate coveredFrom() {
        return coveredFrom;
    }

    public LocalDate coveredTo() {
        return coveredTo;
    }

    public boolean isWorkingDay(LocalDate day) {
        return whyNotWorking(day).isEmpty();
    }

    /** Why the day is not worked ("Saturday", "Christmas Day", "Closure: ..."), or empty if it is. */
    public Optional<String> whyNotWorking(LocalDate day) {
        requireCovered(day);
        DayOfWeek weekday = day.getDayOfWeek();
        if (weekday == DayOfWeek.SATURDAY) {
            return Optional.of("Saturday");
        }
        if (weekday == DayOfWeek.SUNDAY) {
            return Optional.of("Sunday");
        }
        return Optional.ofNullable(nonWorkingWeekdays.get(day));
    }

    /**
     * The day that is {@code workingDays} working days after {@code start}, with every day skipped
     * on the way and why. Day 0 is the start day itself, whatever it is; the first working day after
     * it is day 1.
     */
    public WorkingDaySpan addWorkingDays(LocalDate start, int workingDays) {
        return addWorkingDays(start, workingDays, day -> Optional.empty());
    }

    /**
     * As {@link #addWorkingDays(LocalDate, int)}, also passing over the days {@code alsoSkip} gives
     * a reason for, such as the days a clock was paused.
     */
    public WorkingDaySpan addWorkingDays(LocalDate start, int workingDays, Function<LocalDate, Optional<String>> alsoSkip) {
        return walk(start, workingDays, 1, alsoSkip);
    }

    /**
     * The day {@code workingDays} working days before {@code end}: for "at least N working days
     * before" rules. Walks back the same way {@link #addWorkingDays} walks forward.
     */
    public WorkingDaySpan subtractWorkingDays(LocalDate end, int workingDays) {
        return walk(end, workingDays, -1, day -> Optional.empty());
    }

    /** Counts working days from {@code from} in the direction of {@code step} (1 or -1). */
    private WorkingDaySpan walk(LocalDate from, int workingDays, int step,
            Function<LocalDate, Optional<String>> alsoSkip) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("A number of working days cannot be negative: " + workingDays);
        }
        requireCovered(from);
        List<SkippedDay> skipped = new ArrayList<>();
        LocalDate day = from;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(step);
            LocalDate candidate = day;
            Optional<String> why = whyNotWorking(candidate).or(() -> alsoSkip.apply(candidate));
            if (why.isPresent()) {
                skipped.add(new SkippedDay(day, why.get()));
            } else {
                counted++;
            }
        }
        return new WorkingDaySpan(from, step * workingDays, day, List.copyOf(skipped));
    }

    private void requireCovered(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (day.isBefore(coveredFrom) || day.isAfter(coveredTo)) {
            throw new DateOutsideCalendarException(day, coveredFrom, coveredTo);
        }
    }

    /** A day passed over while counting, and why. */
    public record SkippedDay(LocalDate date, String reason) {
    }

    /** The result of counting working days: where it started, how many, where it ended, what was skipped. */
    public record WorkingDaySpan(LocalDate start, int workingDays, LocalDate end, List<SkippedDay> skipped) {
    }
}
