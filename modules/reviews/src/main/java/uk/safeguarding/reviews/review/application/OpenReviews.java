package uk.safeguarding.reviews.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.safeguarding.reviews.review.domain.ReviewRepository;
import uk.safeguarding.reviews.review.domain.StageCount;
import uk.safeguarding.reviews.tenancy.api.OpenReviewCount;

/**
 * The number of open reviews the platform's list shows (issue 18): reviews this partnership holds
 * whose stage is not a final one of the version of their kind they run under. Only the number
 * leaves the partnership.
 */
@ApplicationScoped
@Transactional
public class OpenReviews implements OpenReviewCount {

    @Inject
    private ReviewRepository reviews;

    @Inject
    private ReviewKinds kinds;

    @Override
    public long openReviews() {
        long open = 0;
        for (StageCount held : reviews.heldByStage()) {
            boolean finished = kinds.definition(held.kind().key(), held.kindVersion()).stage(held.stage())
                    .map(stage -> stage.isFinal()).orElse(false);
            open += finished ? 0 : held.reviews();
        }
        return open;
    }
}
