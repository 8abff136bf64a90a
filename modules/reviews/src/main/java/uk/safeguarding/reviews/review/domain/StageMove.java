package uk.safeguarding.reviews.review.domain;

import java.time.OffsetDateTime;
import uk.safeguarding.reviews.thresholds.domain.ReviewKind;

/** A review's move into a stage, with what is needed to name the review and the stage. */
public record StageMove(String reviewId, String reference, ReviewKind kind, int kindVersion, String toStage,
        OffsetDateTime at) {
}
