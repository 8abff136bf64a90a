package uk.safeguarding.reviews.learning.domain;

import java.time.OffsetDateTime;

/** A scrutineer's or the business unit's decision on an action reported done: verified, or returned (§9). */
public record ActionCheck(String reviewId, String reviewReference, String actionId, int actionNumber,
        String agencyName, ActionUpdate.Kind kind, OffsetDateTime madeAt) {
}
