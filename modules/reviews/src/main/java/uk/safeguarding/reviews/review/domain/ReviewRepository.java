package uk.safeguarding.reviews.review.domain;

import java.util.List;
import java.util.Optional;

/** Reviews of the current tenant, with their stage logs and pauses. */
public interface ReviewRepository {

    void add(Review review);

    Optional<Review> find(String id);

    /**
     * The newest reviews whose reference matches any of {@code referencePatterns} (lower-case LIKE
     * patterns, {@code \\} escaping), or the newest of all when there are none; at most {@code limit}.
     */
    List<Review> withReferenceLike(List<String> referencePatterns, int limit);

    /** The newest reviews of a kind still with this partnership, at most {@code limit}. */
    List<Review> recentOfKind(uk.safeguarding.reviews.thresholds.domain.ReviewKind kind, int limit);

    /** Every review still with this partnership at one of the stages named (by key), oldest first. */
    List<Review> heldAtStages(java.util.Collection<String> stageKeys);

    /**
     * A page of the partnership's reviews that match {@code filter}, in its order: only the columns a
     * list shows. With {@code username} given, only the reviews they are assigned to now or whose id
     * is in {@code named} (need to know); with it null, all of them.
     */
    List<ReviewListing> listing(ReviewQuery filter, String username, List<String> named, int offset, int size);

    long count(ReviewQuery filter, String username, List<String> named);

    long count();

    /**
     * Reviews whose reference or referral's reference is like {@code pattern}, newest first; with
     * {@code username} given, only those that name them (as {@link #listing}).
     */
    List<Review> search(String pattern, String username, List<String> named, int limit);

    /** The years in which the partnership's reviews opened, newest first (for a list's filter). */
    List<Integer> yearsOpened();

    /** The orders a list of reviews offers. */
    enum Order {
        NEWEST, OLDEST, REFERENCE
    }

    /** What a list asks of the store: a kind, a stage, a span of opening times (any may be null), an order. */
    record ReviewQuery(uk.safeguarding.reviews.thresholds.domain.ReviewKind kind, String stage,
            java.time.OffsetDateTime openedFrom, java.time.OffsetDateTime openedBefore, Order order) {
    }

    /** The next number of the partnership's review references. */
    long nextNumber();

    void add(StageTransition transition);

    /** The review's stage log, oldest first. */
    List<StageTransition> transitions(String reviewId);

    void add(ReviewPause pause);

    /** The review's pauses, oldest first. */
    List<ReviewPause> pauses(String reviewId);

    /** Reviews this partnership holds (not handed over to another: counted there), opened between the two moments. */
    List<Review> openedBetween(java.time.OffsetDateTime from, java.time.OffsetDateTime to);

    /** The stage moves, between the two moments, of reviews this partnership holds, earliest first. */
    List<StageMove> movesBetween(java.time.OffsetDateTime from, java.time.OffsetDateTime to);

    /** The reviews named, in one read; an id with no review is left out. */
    List<Review> findAll(java.util.Collection<String> ids);

    /** The reviews this partnership holds (not handed over), counted by kind, kind version and stage. */
    List<StageCount> heldByStage();
}
