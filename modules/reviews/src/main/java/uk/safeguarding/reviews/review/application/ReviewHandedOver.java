package uk.safeguarding.reviews.review.application;

import uk.safeguarding.reviews.tenancy.api.ActiveTenant;

/**
 * Fired inside the receiving partnership's transaction when a review arrives by handover (issue 6,
 * §10.2), after its row is copied: each module whose work on the review moves with it copies that
 * work from the source schema in the same transaction.
 */
public record ReviewHandedOver(ActiveTenant source, String sourceReviewId, String reviewId, String reference) {
}
