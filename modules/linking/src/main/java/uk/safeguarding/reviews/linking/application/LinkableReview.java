package uk.safeguarding.reviews.linking.application;

import uk.safeguarding.reviews.linking.domain.LinkedKind;

/** A review of the current board that can be linked: its id, reference and kind, nothing else. */
public record LinkableReview(String id, String reference, LinkedKind kind) {
}
