package uk.safeguarding.reviews.review.application;

import java.util.List;
import uk.safeguarding.reviews.kernel.Caller;

/**
 * Something recorded on a review, outside its assignments, that names a person and so lets them see
 * that review (issue 14 §1, §3.1 need to know): an endorsement asked of the partner they represent
 * (§7.12), an escalation to the Safeguarding Executive they sit on (§7.12). A capability that names
 * people implements it; {@link ReviewAccess} asks every one. Implementations read their own records
 * directly, never through a service that asks {@link ReviewAccess} again.
 */
public interface NamedOnReview {

    /** Whether review {@code reviewId} of the current partnership names {@code caller}. */
    boolean names(String reviewId, Caller caller);

    /** The ids of the current partnership's reviews that name {@code caller}, for their list of reviews. */
    List<String> reviewsNaming(Caller caller);
}
