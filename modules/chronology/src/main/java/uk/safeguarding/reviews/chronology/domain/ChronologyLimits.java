package uk.safeguarding.reviews.chronology.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates between which a chronology's events can fall: not before the child was born, and not
 * after the review meeting the chronology is for (§7.10) or, before a meeting is set, today.
 *
 * @param earliest the child's date of birth, or {@code null} if it is not known
 * @param latest the latest date an event can have
 * @param latestMeaning what {@code latest} is, as it reads in a message: "the meeting date" or "today"
 */
public record ChronologyLimits(LocalDate earliest, LocalDate latest, String latestMeaning) {

    public static final String MEETING_DATE = "the meeting date";
    public static final String TODAY = "today";

    public ChronologyLimits {
        Objects.requireNonNull(latest, "latest");
        if (latestMeaning == null || latestMeaning.isBlank()) {
            throw new IllegalArgumentException("Say what the latest date is, e.g. \"" + MEETING_DATE + "\"");
        }
        if (earliest != null && earliest.isAfter(latest)) {
            throw new IllegalArgumentException("The date of birth " + earliest + " is after " + latestMeaning + " " + latest);
        }
    }

    /** Events from the child's birth up to the review meeting. */
    public static ChronologyLimits untilMeeting(LocalDate dateOfBirth, LocalDate meetingDate) {
        return new ChronologyLimits(dateOfBirth, meetingDate, MEETING_DATE);
    }

    /** Events from the child's birth up to today, while no meeting date is set. */
    public static ChronologyLimits untilToday(LocalDate dateOfBirth, LocalDate today) {
        return new ChronologyLimits(dateOfBirth, today, TODAY);
    }
}
