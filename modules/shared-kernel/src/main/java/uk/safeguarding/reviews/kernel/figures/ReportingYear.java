package uk.safeguarding.reviews.kernel.figures;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The year the executive's figures cover (§10.3: "provided to the Safeguarding Executive on an
 * annual basis"). It runs from 1 April to 31 March, the year partnerships' yearly reports cover,
 * in UK time; figures for a year still running count up to {@code asAt}.
 */
public record ReportingYear(int startsIn, ZonedDateTime asAt) implements Serializable {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    /** The month a reporting year starts in. */
    public static final int FIRST_MONTH = 4;

    /** The first reporting year anyone can choose: the product holds nothing older. */
    public static final int FIRST_YEAR = 2019;

    /**
     * The year someone chose ({@code startsIn}), or {@code otherwise} when they chose none; one before
     * {@link #FIRST_YEAR} or not yet begun is refused beside the field {@code year}.
     */
    public static ReportingYear chosen(Integer startsIn, int otherwise, ZonedDateTime now) {
        int asked = startsIn == null ? otherwise : startsIn;
        if (asked < FIRST_YEAR || asked > containing(now).startsIn()) {
            throw uk.safeguarding.reviews.kernel.InvalidFieldException.refused("year",
                    "kernel.reporting-year.choose-year-from-april-year", FIRST_YEAR);
        }
        return new ReportingYear(asked, now);
    }

    /** The years anyone can choose, the one running now first. */
    public static java.util.List<Integer> choices(ZonedDateTime now) {
        java.util.List<Integer> years = new java.util.ArrayList<>();
        for (int y = containing(now).startsIn(); y >= FIRST_YEAR; y--) {
            years.add(y);
        }
        return years;
    }

    /** Whether the whole year is over at {@code now}. */
    public boolean endedBy(ZonedDateTime now) {
        return !now.toOffsetDateTime().isBefore(firstDay().plusYears(1).atStartOfDay(UK).toOffsetDateTime());
    }

    /** The reporting year that {@code now} falls in. */
    public static ReportingYear containing(ZonedDateTime now) {
        LocalDate day = now.withZoneSameInstant(UK).toLocalDate();
        return new ReportingYear(day.getMonthValue() >= FIRST_MONTH ? day.getYear() : day.getYear() - 1, now);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startsIn, FIRST_MONTH, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusYears(1).minusDays(1);
    }

    /** "April 2026 to March 2027". */
    public String label() {
        return "April " + startsIn + " to March " + (startsIn + 1);
    }

    /** Whether the day is within the year and not after the moment the figures are taken. */
    public boolean holds(LocalDate day) {
        return day != null && !day.isBefore(firstDay()) && !day.isAfter(lastDay())
                && !day.isAfter(asAt.withZoneSameInstant(UK).toLocalDate());
    }

    /** Whether the moment is within the year and not after the moment the figures are taken. */
    public boolean holds(OffsetDateTime at) {
        return at != null && !at.isAfter(asAt.toOffsetDateTime()) && holds(at.atZoneSameInstant(UK).toLocalDate());
    }

    /** The year's first moment, for a query's lower bound. */
    public OffsetDateTime start() {
        return firstDay().atStartOfDay(UK).toOffsetDateTime();
    }

    /** The moment after the year, or the moment the figures are taken if sooner: a query's upper bound. */
    public OffsetDateTime end() {
        OffsetDateTime after = firstDay().plusYears(1).atStartOfDay(UK).toOffsetDateTime();
        return asAt.toOffsetDateTime().isBefore(after) ? asAt.toOffsetDateTime() : after;
    }
}
