package uk.safeguarding.reviews.linking.domain;

import java.util.List;
import java.util.Optional;

/** The current board's own reviews (SARs, DHRs). */
public interface BoardReviewRepository {

    void add(BoardReview review);

    Optional<BoardReview> find(String id);

    List<BoardReview> recent(int limit);

    /** A page of the board's reviews, newest first. */
    List<BoardReview> page(int offset, int size);

    long count();

    long nextNumber();
}
