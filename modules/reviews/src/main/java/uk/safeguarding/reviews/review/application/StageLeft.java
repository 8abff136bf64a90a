package uk.safeguarding.reviews.review.application;

import java.time.ZonedDateTime;
import uk.safeguarding.reviews.review.domain.kind.StageDefinition;

/** A review left a stage by one of its exits. Raised inside the transaction that moved it. */
public record StageLeft(ReviewSummary review, StageDefinition stage, String exit, ZonedDateTime at) {
}
