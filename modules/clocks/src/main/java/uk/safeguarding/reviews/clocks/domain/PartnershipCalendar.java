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

    protected PartnershipCalendar() {
        // for JPA
    }

    private PartnershipCalendar(int version, Region region, List<Closure> closures, List<ExtraHoliday> extras,
            String reason, String by, OffsetDateTime now) {
        super(version, reason, by, now);
        this.region = Objects.requireNonNull(region, "Choose the region whose bank holidays the partnership keeps");
        this.closures = new ArrayList<>(closures);
        this.extraHolidays = new ArrayList<>(extras);
    }

    /** Version 1: England and Wales, no closure days. */
    public static PartnershipCalendar initial(OffsetDateTime now) {
        return new PartnershipCalendar(1, Region.ENGLAND_AND_WALES, List.of(), List.of(),
                "England and Wales bank holidays, the default", "system", now);
    }

    public PartnershipCalendar withRegion(Region newRegion, String why, String by, OffsetDateTime now) {
        if (newRegion == region) {
            throw new IllegalArgumentException("The calendar already keeps the bank holidays of " + region);
        }
        // Imported holidays belonged to the old region's file, so they do not carry over.
        return new PartnershipCalendar(version() + 1, newRegion, closures, List.of(), why, by, now);
    }

    public PartnershipCalendar withClosure(LocalDate day, String why, String by, OffsetDateTime now) {
        Objects.requireNonNull(day, "Enter the day the partnership is closed");
        DayOfWeek weekday = day.getDayOfWeek();
        if (weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY) {
            throw new IllegalArgumentException(day + " is a " + weekday.toString().charAt(0)
                    + weekday.toString().substring(1).toLowerCase(java.util.Locale.UK) + ": it is never counted");
        }
        if (closures.stream().anyMatch(c -> c.day().equals(day))) {
            throw new IllegalArgumentException(day + " is already a closure day");
        }
        List<Closure> next = new ArrayList<>(closures);
        next.add(new Closure(day, why == null ? "" : why.strip()));
        return new PartnershipCalendar(version() + 1, region, next, extraHolidays, "Closure day " + day + " added: " + why,
                by, now);
    }

    public PartnershipCalendar withoutClosure(LocalDate day, String by, OffsetDateTime now) {
        List<Closure> next = closures.stream().filter(c -> !c.day().equals(day)).toList();
        if (next.size() == closures.size()) {
            throw new IllegalArgumentException(day + " is not a closure day");
        }
        return new PartnershipCalendar(version() + 1, region, next, extraHolidays, "Closure day " + day + " removed", by,
                now);
    }

    /**
     * The next version with the bank holidays of a GOV.UK file that the shipped data lacks, for this
     * calendar's region and within the shipped range. A file that adds nothing is refused, so a
     * version always means a change.
     */
    public PartnershipCalendar withImportedHolidays(BankHolidays file, BankHolidays shipped, String why, String by,
            OffsetDateTime now) {
        java.util.Set<LocalDate> known = new java.util.HashSet<>();
        shipped.in(region).forEach(d -> known.add(d.date()));
        extraHolidays.forEach(h -> known.add(h.day()));
        List<ExtraHoliday> added = file.in(region).stream()
                .filter(d -> !known.contains(d.date()))
                .filter(d -> !d.date().isBefore(shipped.coveredFrom(region)) && !d.date().isAfter(shipped.coveredTo(region)))
                .map(d -> new ExtraHoliday(d.date(), d.reason()))
                .toList();
        if (added.isEmpty()) {
            throw new IllegalArgumentException("The file has no bank holiday of " + region
                    + " that the calendar does not already keep");
        }
        List<ExtraHoliday> next = new ArrayList<>(extraHolidays);
        next.addAll(added);
        return new PartnershipCalendar(version() + 1, region, closures, next, "Bank holidays imported: " + added.stream()
                .map(h -> h.day() + " " + h.title()).reduce((a, b) -> a + ", " + b).orElse("") + "; " + why, by, now);
    }

    /** The calendar clocks count against. */
    public WorkingDayCalendar workingDays(BankHolidays holidays) {
        List<NonWorkingDay> bankHolidays = new ArrayList<>(holidays.in(region));
        extraHolidays.forEach(h -> bankHolidays.add(new NonWorkingDay(h.day(), h.title())));
        return new WorkingDayCalendar(region, version(), holidays.coveredFrom(region), holidays.coveredTo(region),
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
                throw new IllegalArgumentException("Say why the partnership is closed that day");
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
