package uk.safeguarding.reviews.review.application;

import java.time.ZonedDateTime;
import java.util.Map;
import uk.safeguarding.reviews.clocks.domain.StartEvent;
import uk.safeguarding.reviews.review.domain.kind.StageDefinition;

/**
 * A review entered a stage (on opening, {@code events} holds what the referral recorded, for clocks
 * counted from those events). Raised inside the transaction that moved it.
 */
public record StageEntered(ReviewSummary review, StageDefinition stage, ZonedDateTime at,
        Map<StartEvent, ZonedDateTime> events) {
}
