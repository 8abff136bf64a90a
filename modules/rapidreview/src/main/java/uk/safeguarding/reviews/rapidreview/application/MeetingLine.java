package uk.safeguarding.reviews.rapidreview.application;

import java.time.Duration;
import java.time.OffsetDateTime;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeeting;

/** A Rapid Review meeting as pages show it: when, for how long (its end), where, and who set it. */
public record MeetingLine(String reviewId, OffsetDateTime startsAt, Duration length, OffsetDateTime endsAt,
        String place, String scheduledBy) {

    static MeetingLine of(RapidReviewMeeting meeting) {
        return new MeetingLine(meeting.reviewId(), meeting.startsAt(), meeting.length(), meeting.endsAt(),
                meeting.place(), meeting.scheduledBy());
    }

    /** The same time, length and place: nobody needs a new invitation. */
    public boolean sameAs(MeetingLine other) {
        return other != null && startsAt.isEqual(other.startsAt) && length.equals(other.length)
                && place.equals(other.place);
    }
}
