package uk.safeguarding.reviews.kernel;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The product's one "now". Every rule, page, validation constraint and test reads time from this
 * clock (through the injected {@link Clock}, or {@link #configured()} where nothing is injected),
 * never from the system clock directly.
 *
 * <p>A test run, a demo or an operator can move the product to another day by setting
 * {@value #PROPERTY} (system property) or {@value #VARIABLE} (environment variable) to a date such as
 * {@code 2030-12-24}. The calendar is shifted by whole days and the time of day stays real, so every
 * process started with the same setting (the test JVMs, the test server, the product) agrees on the
 * date to the second, and time still passes for sessions and clocks.
 */
public final class ProductClock {

    public static final String PROPERTY = "safeguarding.today";
    public static final String VARIABLE = "SAFEGUARDING_TODAY";
    public static final ZoneId UK = ZoneId.of("Europe/London");

    // In the UK's zone: "today" (a date in the past, a rule in force, a clock's start) is the day in
    // England, also in the hour after midnight in summer, when it is still yesterday in UTC.
    private static final Clock CONFIGURED = shifted(Clock.system(UK), setting());

    private ProductClock() {
    }

    /** The system clock in the UK's zone, shifted to the configured day when one is set. */
    public static Clock configured() {
        return CONFIGURED;
    }

    /**
     * The given clock moved to {@code day}, keeping the time of day it has in the UK; unchanged when no
     * day is given. Package-visible rules are tested with a fixed system clock.
     */
    static Clock shifted(Clock system, Optional<LocalDate> day) {
        if (day.isEmpty()) {
            return system;
        }
        ZonedDateTime real = ZonedDateTime.now(system.withZone(UK));
        ZonedDateTime pretend = real.with(day.get());
        return Clock.offset(system, Duration.between(real, pretend));
    }

    private static Optional<LocalDate> setting() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            value = System.getenv(VARIABLE);
        }
        return parse(value);
    }

    static Optional<LocalDate> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(PROPERTY + " / " + VARIABLE + " must be a date such as 2030-12-24, not \""
                    + value + "\"", e);
        }
    }
}
