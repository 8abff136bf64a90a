package uk.safeguarding.reviews.review.domain;

import java.util.List;
import java.util.Optional;

/** Reviews of the current tenant, with their stage logs and pauses. */
public interface ReviewRepository {

    void add(Review review);

    Optional<Review> find(String id);

    List<Review> recent(int limit);

    /** A page of the partnership's reviews, newest first: only the columns a list shows. */
    List<ReviewListing> listing(int offset, int size);

    long count();

    /** A page of the reviews {@code username} is assigned to now, or whose id is in {@code named}, newest first. */
    List<ReviewListing> listingNaming(String username, List<String> named, int offset, int size);

    long countNaming(String username, List<String> named);

    /** The next number of the partnership's review references. */
    long nextNumber();

    void add(StageTransition transition);

    /** The review's stage log, oldest first. */
    List<StageTransition> transitions(String reviewId);

    void add(ReviewPause pause);

    /** The review's pauses, oldest first. */
    List<ReviewPause> pauses(String reviewId);
}
