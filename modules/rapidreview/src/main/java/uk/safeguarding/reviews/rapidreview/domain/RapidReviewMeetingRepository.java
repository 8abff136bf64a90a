package uk.safeguarding.reviews.rapidreview.domain;

import java.util.Optional;

/** Rapid Review meetings of the current tenant, one per review. */
public interface RapidReviewMeetingRepository {

    Optional<RapidReviewMeeting> ofReview(String reviewId);

    void add(RapidReviewMeeting meeting);
}
