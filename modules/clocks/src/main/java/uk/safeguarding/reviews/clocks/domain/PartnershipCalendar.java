package uk.safeguarding.reviews.clocks.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.PlainDates;
import uk.safeguarding.reviews.kernel.PublishedVersion;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One version of a partnership's working-day calendar: which region's bank holidays it keeps and
 * its own closure days. A change makes the next version; earlier versions stay as they were, so a
 * due date can always say which calendar it was counted against.
 */
@Entity
@Table(name = "calendar_version")
public class PartnershipCalendar extends PublishedVersion {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Region region;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "calendar_closure", joinColumns = @JoinColumn(name = "calendar_version"))
    private List<Closure> closures = new ArrayList<>();

    /** Bank holidays imported from a GOV.UK file that the shipped data does not have (a new one-off day). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "calendar_extra_holiday", joinColumns = @JoinColumn(name = "calendar_version"))
    private List<ExtraHoliday> extraHolidays = new ArrayList<>();

    /**
     * The last day covered when an imported GOV.UK file reaches beyond the shipped bank holidays; null
     * while the shipped file's last day is the calendar's.
     */
    @Column(name = "covered_to")
    private LocalDate coveredTo;

    protected PartnershipCalendar() {
        // for JPA
    }

    private PartnershipCalendar(int version, Region region, List<Closure> closures, List<ExtraHoliday> extras,
            LocalDate coveredTo, String reason, String by, OffsetDateTime now) {
        super(version, reason, by, now);
        this.region = Objects.requireNonNull(region, "Choose the region whose bank holidays the partnership keeps");
        this.closures = new ArrayList<>(closures);
        this.extraHolidays = new ArrayList<>(extras);
        this.coveredTo = coveredTo;
    }

    /** Version 1: England and Wales, no closure days. */
    public static PartnershipCalendar initial(OffsetDateTime now) {
        return new PartnershipCalendar(1, Region.ENGLAND_AND_WALES, List.of(), List.of(), null,
                "England and Wales bank holidays, the default", "system", now);
    }

    /** How long before the calendar's last day business managers and the platform are warned. */
    public static final java.time.Period WARNING_BEFORE_END = java.time.Period.ofMonths(12);

    /**
     * True from twelve months before the last covered day: time to load GOV.UK's newer bank holidays,
     * before a review's clocks (six months for a CSPR, §8) would need them.
     */
    public boolean runsOutSoon(BankHolidays shipped, LocalDate today) {
        return !today.isBefore(coveredTo(shipped).minus(WARNING_BEFORE_END));
    }

    /**
     * The last day working days can be counted to: the later of the shipped bank holidays' last day
     * and that of the newest GOV.UK file imported for this region.
     */
    public LocalDate coveredTo(BankHolidays shipped) {
        LocalDate shippedEnd = shipped.coveredTo(region);
        return coveredTo != null && coveredTo.isAfter(shippedEnd) ? coveredTo : shippedEnd;
    }

    public PartnershipCalendar withRegion(Region newRegion, String why, String by, OffsetDateTime now) {
        if (newRegion == region) {
            throw InvalidFieldException.refused("region", "clocks.partnership-calendar.region-already-kept",
                    region.plainName());
        }
        // Imported holidays (and the coverage they brought) belonged to the old region's file: they do not carry over.
        return new PartnershipCalendar(version() + 1, newRegion, closures, List.of(), null, why, by, now);
    }

    public PartnershipCalendar withClosure(LocalDate day, String why, String by, OffsetDateTime now) {
        if (day == null) {
            throw InvalidFieldException.refused("day", "clocks.partnership-calendar.enter-closure-day");
        }
        DayOfWeek weekday = day.getDayOfWeek();
        if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
            throw InvalidFieldException.refused("day", "clocks.partnership-calendar.weekend-never-counted",
                    PlainDates.day(day), weekday.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK));
        }
        if (closures.stream().anyMatch(c -> c.day().equals(day))) {
            throw InvalidFieldException.refused("day", "clocks.partnership-calendar.already-closure-day",
                    PlainDates.day(day));
        }
        List<Closure> next = new ArrayList<>(closures);
        next.add(new Closure(day, why == null ? "" : why.strip()));
        return new PartnershipCalendar(version() + 1, region, next, extraHolidays, coveredTo,
                "Closure day " + day + " added: " + why, by, now);
    }

    public PartnershipCalendar withoutClosure(LocalDate day, String by, OffsetDateTime now) {
        List<Closure> next = closures.stream().filter(c -> !c.day().equals(day)).toList();
        if (next.size() == closures.size()) {
            throw InvalidFieldException.refused("day", "clocks.partnership-calendar.not-closure-day",
                    PlainDates.day(day));
        }
        return new PartnershipCalendar(version() + 1, region, next, extraHolidays, coveredTo,
                "Closure day " + day + " removed", by, now);
    }

    /**
     * The next version with the bank holidays of a GOV.UK file that the calendar lacks, for this
     * calendar's region. A file reaching beyond the calendar's last day extends it by each following
     * year it holds whole (GOV.UK publishes the coming years as they are announced), so clocks can run
     * into those years; days of a later, partial year are not counted. A file that adds nothing is
     * refused, so a version always means a change.
     */
    public PartnershipCalendar withImportedHolidays(BankHolidays file, BankHolidays shipped, String why, String by,
            OffsetDateTime now) {
        LocalDate currentEnd = coveredTo(shipped);
        LocalDate nextEnd = lastDayOfWholeYears(file.in(region), currentEnd);
        java.util.Set<LocalDate> known = new java.util.HashSet<>();
        shipped.in(region).forEach(d -> known.add(d.date()));
        extraHolidays.forEach(h -> known.add(h.day()));
        List<ExtraHoliday> added = file.in(region).stream()
                .filter(d -> !known.contains(d.date()))
                .filter(d -> !d.date().isBefore(shipped.coveredFrom(region)) && !d.date().isAfter(nextEnd))
                .map(d -> new ExtraHoliday(d.date(), d.reason()))
                .toList();
        boolean extended = nextEnd.isAfter(currentEnd);
        if (added.isEmpty() && !extended) {
            throw InvalidFieldException.refused("holidayFile", "clocks.partnership-calendar.file-adds-nothing",
                    region.plainName());
        }
        List<ExtraHoliday> next = new ArrayList<>(extraHolidays);
        next.addAll(added);
        // A few days are named; a file of whole years is summed up, so the version's reason stays short.
        String days = added.size() <= 5 ? added.stream().map(h -> h.day() + " " + h.title())
                .reduce((a, b) -> a + ", " + b).orElse("none new")
                : added.size() + " days from " + added.get(0).day() + " to " + added.get(added.size() - 1).day();
        String what = "Bank holidays imported: " + days + (extended ? "; working days now counted to " + nextEnd : "")
                + "; " + why;
        return new PartnershipCalendar(version() + 1, region, closures, next, extended ? nextEnd : coveredTo, what,
                by, now);
    }

    /**
     * The last day of the run of years after {@code end} that the file holds whole: a year counts once
     * it has a bank holiday in January (New Year's Day or its substitute) and one in December (Christmas
     * Day, Boxing Day or their substitutes). A year with only some of its days announced would make due
     * dates wrong, so it extends nothing.
     */
    private static LocalDate lastDayOfWholeYears(List<NonWorkingDay> days, LocalDate end) {
        java.util.Set<Integer> january = new java.util.HashSet<>();
        java.util.Set<Integer> december = new java.util.HashSet<>();
        for (NonWorkingDay day : days) {
            if (day.date().getMonthValue() == 1) {
                january.add(day.date().getYear());
            } else if (day.date().getMonthValue() == 12) {
                december.add(day.date().getYear());
            }
        }
        LocalDate last = end;
        for (int year = end.getYear() + 1; january.contains(year) && december.contains(year); year++) {
            last = LocalDate.of(year, 12, 31);
        }
        return last;
    }

    /** The calendar clocks count against. */
    public WorkingDayCalendar workingDays(BankHolidays holidays) {
        List<NonWorkingDay> bankHolidays = new ArrayList<>(holidays.in(region));
        extraHolidays.forEach(h -> bankHolidays.add(new NonWorkingDay(h.day(), h.title())));
        return new WorkingDayCalendar(region, version(), holidays.coveredFrom(region), coveredTo(holidays),
                bankHolidays, closures.stream().map(c -> new NonWorkingDay(c.day(), c.reason())).toList());
    }

    public List<ExtraHoliday> extraHolidays() {
        return extraHolidays.stream().sorted(Comparator.comparing(ExtraHoliday::day)).toList();
    }

    public Region region() {
        return region;
    }

    public List<Closure> closures() {
        return closures.stream().sorted(Comparator.comparing(Closure::day)).toList();
    }

    /** A bank holiday imported from a GOV.UK file. */
    @Embeddable
    public static class ExtraHoliday {
        @Column(name = "holiday_day", nullable = false)
        private LocalDate day;
        @Column(nullable = false)
        private String title;

        protected ExtraHoliday() {
            // for JPA
        }

        ExtraHoliday(LocalDate day, String title) {
            this.day = day;
            this.title = title;
        }

        public LocalDate day() {
            return day;
        }

        public String title() {
            return title;
        }
    }

    /** A day the partnership's business unit does not work, with why. */
    @Embeddable
    public static class Closure {
        @Column(name = "closure_day", nullable = false)
        private LocalDate day;
        @Column(nullable = false)
        private String reason;

        protected Closure() {
            // for JPA
        }

        Closure(LocalDate day, String reason) {
            if (reason.isBlank()) {
                throw InvalidFieldException.refused("reason", "clocks.partnership-calendar.say-why-closed");
            }
            this.day = day;
            this.reason = reason;
        }

        public LocalDate day() {
            return day;
        }

        public String reason() {
            return reason;
        }
    }
}
