package uk.safeguarding.reviews.review.application;

import java.util.Optional;
import uk.safeguarding.reviews.kernel.RefusedException;

/**
 * A named condition an exit of a stage may require (issue 13 §1): the plug-in point where a capability
 * says, in code, whether its work allows the review to move on. Definitions name guards by
 * {@link #key()}; a definition naming a guard no module provides is refused when saved.
 */
public interface StageGuard {

    String key();

    /** Empty if the review may take the exit; otherwise the refusal, in words its people can act on. */
    Optional<RefusedException> refusal(ReviewSummary review);
}
