package uk.safeguarding.reviews.review.domain;

import java.time.OffsetDateTime;
import uk.safeguarding.reviews.thresholds.domain.ReviewKind;

/** The columns of a review that a list shows, read as they are (issue 13 §4: a projection, not the aggregate). */
public record ReviewListing(String id, String reference, ReviewKind kind, int kindVersion, String stage,
        OffsetDateTime openedAt, String chair, String handedOverTo) {
}
