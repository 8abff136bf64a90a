package uk.safeguarding.reviews.review.domain;

import java.util.List;
import java.util.Optional;

/** The current partnership's review assignments. */
public interface ReviewAssignmentRepository {

    void add(ReviewAssignment assignment);

    Optional<ReviewAssignment> find(String id);

    /** Every assignment of a review, ended ones too, oldest first. */
    List<ReviewAssignment> ofReview(String reviewId);

    /** The person's assignments to any review that have not ended, the oldest first. */
    List<ReviewAssignment> activeOfPerson(String username, int limit);

    /** The person's assignments to the review that have not ended. */
    List<ReviewAssignment> activeOf(String reviewId, String username);
}
