package uk.safeguarding.reviews.rapidreview.application;

import java.time.OffsetDateTime;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeeting;

/** A Rapid Review meeting as pages show it. */
public record MeetingLine(String reviewId, OffsetDateTime startsAt, String place, String scheduledBy) {

    static MeetingLine of(RapidReviewMeeting meeting) {
        return new MeetingLine(meeting.reviewId(), meeting.startsAt(), meeting.place(), meeting.scheduledBy());
    }
}
