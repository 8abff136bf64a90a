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
}
