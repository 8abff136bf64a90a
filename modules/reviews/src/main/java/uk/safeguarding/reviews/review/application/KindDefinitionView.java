package uk.safeguarding.reviews.review.application;

import java.time.OffsetDateTime;
import uk.safeguarding.reviews.review.domain.kind.KindDefinition;

/** A version of a kind of review, as the settings page shows it: read, and as saved. */
public record KindDefinitionView(String kindKey, int version, KindDefinition definition, String json, String reason,
        String createdBy, OffsetDateTime createdAt) {
}
