package uk.safeguarding.reviews.review.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import uk.safeguarding.reviews.review.domain.kind.Capability;
import uk.safeguarding.reviews.review.domain.kind.StageDefinition;

/**
 * Where a review stands (issue 13 §1): its kind and the definition version it runs under, its stage,
 * the log of how it got there (who, when, why), its pauses, and whether it is paused now.
 */
public record ReviewStageView(String kindName, int kindVersion, StageDefinition stage, List<Move> moves,
        List<Hold> pauses, boolean paused, Set<Capability> kindCapabilities) implements java.io.Serializable {

    /** Whether any stage of the review's kind uses the capability (its pages are offered from the start). */
    public boolean kindUses(String capabilityKey) {
        return kindCapabilities.stream().anyMatch(c -> c.key().equals(capabilityKey));
    }

    /** Whether the stage the review is at has the capability (its work can be done now). */
    public boolean stageAllows(String capabilityKey) {
        return stage.capabilities().stream().anyMatch(c -> c.key().equals(capabilityKey));
    }

    /** One move between stages; {@code from} is empty on opening. */
    public record Move(String from, String to, OffsetDateTime at, String by, String why) implements java.io.Serializable {
    }

    /** One pause; {@code resumedAt} is empty while it lasts. */
    public record Hold(String stage, String reason, OffsetDateTime pausedAt, String pausedBy, OffsetDateTime resumedAt,
            String resumedBy) implements java.io.Serializable {
    }
}
