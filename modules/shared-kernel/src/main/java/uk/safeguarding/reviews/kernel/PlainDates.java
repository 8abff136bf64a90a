package uk.safeguarding.reviews.kernel;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a refusal or a letter says them to people: "2 December 2026", never "2026-12-02". */
public final class PlainDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private PlainDates() {
    }

    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    /**
     * The first moment of a calendar year in England, where a list narrowed to a year starts
     * (inclusive); the next year's is where it stops (exclusive).
     */
    public static java.time.OffsetDateTime startOfYear(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(java.time.ZoneId.of("Europe/London")).toOffsetDateTime();
    }
}
