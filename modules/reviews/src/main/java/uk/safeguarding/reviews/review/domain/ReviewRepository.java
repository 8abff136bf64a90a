package uk.safeguarding.reviews.review.domain;

import java.util.List;
import java.util.Optional;

/** Reviews of the current tenant. */
public interface ReviewRepository {

    void add(Review review);

    Optional<Review> find(String id);

    List<Review> recent(int limit);

    /** The next number of the partnership's review references. */
    long nextNumber();
}
