package uk.safeguarding.reviews.review.domain;

import uk.safeguarding.reviews.thresholds.domain.ReviewKind;

/** How many reviews this partnership holds at one stage of one version of a kind. */
public record StageCount(ReviewKind kind, int kindVersion, String stage, long reviews) {
}
