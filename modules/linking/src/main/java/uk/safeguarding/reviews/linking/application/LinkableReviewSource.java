package uk.safeguarding.reviews.linking.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.safeguarding.reviews.linking.domain.SharedItem;

/**
 * Implemented by each module that holds reviews a link can name (the children's reviews, a board's
 * own SARs and DHRs). Called inside the owning board's tenant context by {@link ReviewLinks}, which
 * has already decided that the caller may ask; an implementation reads only what it is asked for.
 */
public interface LinkableReviewSource {

    /**
     * The current board's reviews of the kinds this source holds whose reference matches any of
     * {@code referencePatterns} (lower-case LIKE patterns), or all of them when there are none;
     * newest first, at most {@code limit}.
     */
    List<LinkableReview> linkable(List<String> referencePatterns, int limit);

    /** The review's facts, with only the shared items asked for; empty if this source does not hold it. */
    Optional<LinkedReviewFacts> facts(String reviewId, Set<SharedItem> shared);
}
