package uk.safeguarding.reviews.review.application;

import java.time.OffsetDateTime;
import uk.safeguarding.reviews.review.domain.kind.KindDefinition;

/**
 * A version of a kind of review, as the settings page shows it: read, and as saved, with the names
 * of the decisions that open it.
 */
public record KindDefinitionView(String kindKey, int version, KindDefinition definition, String json,
        java.util.List<String> openedByNames, String reason, String createdBy, OffsetDateTime createdAt) {
}
