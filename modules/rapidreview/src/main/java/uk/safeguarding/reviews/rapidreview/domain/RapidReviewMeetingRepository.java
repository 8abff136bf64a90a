package uk.safeguarding.reviews.rapidreview.domain;

import java.util.List;
import java.util.Optional;

/** Rapid Review meetings of the current tenant, one per review. */
public interface RapidReviewMeetingRepository {

    Optional<RapidReviewMeeting> ofReview(String reviewId);

    void add(RapidReviewMeeting meeting);

    /** Meetings whose recommendation is recorded and whose report has not gone yet (§7.12-7.13), oldest first. */
    List<RapidReviewMeeting> awaitingEndorsement(int limit);

    /** Meetings whose recommendation is recorded, so its endorsement has been asked (§7.12). */
    List<RapidReviewMeeting> withOutcome();

    /**
     * Meetings whose outcome was recorded between the two moments, or whose National Panel response is
     * dated between the two days (§10.3 b and c).
     */
    List<RapidReviewMeeting> decidedOrAnsweredBetween(java.time.OffsetDateTime from, java.time.OffsetDateTime to,
            java.time.LocalDate firstDay, java.time.LocalDate lastDay);
}
