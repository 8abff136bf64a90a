package uk.safeguarding.reviews.chronology.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * The one place that writes and reads dates and times as people in England type them: dd/MM/yyyy
 * and the 24-hour clock. Parsing is strict, so 31/02/2019 is refused rather than moved to March.
 */
final class UkDates {

    /** How dates are shown in messages and exports. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withResolverStyle(ResolverStyle.STRICT);

    // One-digit days and months are accepted because people type 1/2/2015; ISO because some systems export it.
    private static final List<DateTimeFormatter> DATE_INPUTS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));
    private static final DateTimeFormatter TIME_INPUT = DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT);

    private UkDates() {
    }

    static String format(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    static String format(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** A date typed as dd/MM/yyyy (or d/M/yyyy) or yyyy-MM-dd; empty if it is not one. */
    static Optional<LocalDate> parseDate(String text) {
        String trimmed = text.strip();
        for (DateTimeFormatter format : DATE_INPUTS) {
            try {
                return Optional.of(LocalDate.parse(trimmed, format));
            } catch (DateTimeParseException notThisFormat) {
                // try the next accepted format
            }
        }
        return Optional.empty();
    }

    /** A time typed as HH:mm (or H:mm); empty if it is not one. */
    static Optional<LocalTime> parseTime(String text) {
        try {
            return Optional.of(LocalTime.parse(text.strip(), TIME_INPUT));
        } catch (DateTimeParseException notATime) {
            return Optional.empty();
        }
    }
}
