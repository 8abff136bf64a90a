package uk.safeguarding.reviews.linking.domain;

import java.util.List;
import java.util.Optional;

/** The current board's own reviews (SARs, DHRs). */
public interface BoardReviewRepository {

    void add(BoardReview review);

    Optional<BoardReview> find(String id);

    /** As the children's reviews: the newest whose reference matches any pattern, or the newest of all. */
    List<BoardReview> withReferenceLike(List<String> referencePatterns, int limit);

    /** A page of the board's reviews, newest first. */
    List<BoardReview> page(int offset, int size);

    long count();

    long nextNumber();
}
