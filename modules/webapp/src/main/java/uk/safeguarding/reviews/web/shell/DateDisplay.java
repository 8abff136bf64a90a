package uk.safeguarding.reviews.web.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as the pages show them: UK time, day names spelt out, never a raw timestamp. */
@Named("dates")
@ApplicationScoped
public class DateDisplay {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm, EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    public ZoneId getZone() {
        return UK;
    }

    public String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public String time(ZonedDateTime at) {
        return at == null ? "" : TIME.format(at.withZoneSameInstant(UK));
    }

    public String at(OffsetDateTime at) {
        return at == null ? "" : TIME.format(at.atZoneSameInstant(UK));
    }

    /** The time of day alone, as when a meeting ends. */
    public String hour(OffsetDateTime at) {
        return at == null ? "" : HOUR.format(at.atZoneSameInstant(UK));
    }

    /** An hour clock is due at its time; any other by the end of its day. */
    public String due(ZonedDateTime dueBy, boolean atATime) {
        return atATime ? time(dueBy) : day(dueBy.withZoneSameInstant(UK).toLocalDate());
    }
}
