package uk.safeguarding.reviews.review.application;

import java.util.List;
import uk.safeguarding.reviews.clocks.domain.ClockSubject;

/**
 * Clocks a capability module keeps for a review under subjects of its own (each agency's factual
 * accuracy answer, an individual agency's lessons): a review paused (§3.1: criminal proceedings)
 * pauses them with its own, and resuming it resumes them.
 */
public interface ReviewOwnedClocks {

    /** The subjects of the review's clocks this module keeps. */
    List<ClockSubject> subjectsOf(String reviewId);
}
