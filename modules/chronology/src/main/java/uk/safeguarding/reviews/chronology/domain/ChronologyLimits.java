package uk.safeguarding.reviews.chronology.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The latest date a chronology's events can have: the review meeting the chronology is for (§7.10)
 * or, before a meeting is set, today; and the child's date of birth. An event before the birth is
 * kept (issue 15: in infant reviews the pregnancy and the parents' history are the chronology's
 * start), marked as before birth wherever it is shown.
 *
 * @param bornOn the child's date of birth, or {@code null} if it is not known
 * @param latest the latest date an event can have
 * @param latestMeaning what {@code latest} is, as it reads in a message: "the meeting date" or "today"
 */
public record ChronologyLimits(LocalDate bornOn, LocalDate latest, String latestMeaning) {

    public static final String MEETING_DATE = "the meeting date";
    public static final String TODAY = "today";

    public ChronologyLimits {
        Objects.requireNonNull(latest, "latest");
        if (latestMeaning == null || latestMeaning.isBlank()) {
            throw new IllegalArgumentException("Say what the latest date is, e.g. \"" + MEETING_DATE + "\"");
        }
        if (bornOn != null && bornOn.isAfter(latest)) {
            throw new IllegalArgumentException("The date of birth " + bornOn + " is after " + latestMeaning + " " + latest);
        }
    }

    /** Whether an event on {@code date} happened before the child was born (never, when the birth is not known). */
    public boolean beforeBirth(LocalDate date) {
        return isBeforeBirth(date, bornOn);
    }

    /** The one rule: an event dated {@code date} is before a birth on {@code bornOn} (never when either is unknown). */
    public static boolean isBeforeBirth(LocalDate date, LocalDate bornOn) {
        return bornOn != null && date != null && date.isBefore(bornOn);
    }

    /** Events up to the review meeting. */
    public static ChronologyLimits untilMeeting(LocalDate dateOfBirth, LocalDate meetingDate) {
        return new ChronologyLimits(dateOfBirth, meetingDate, MEETING_DATE);
    }

    /** Events up to today, while no meeting date is set. */
    public static ChronologyLimits untilToday(LocalDate dateOfBirth, LocalDate today) {
        return new ChronologyLimits(dateOfBirth, today, TODAY);
    }
}
