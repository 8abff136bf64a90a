package uk.safeguarding.reviews.referral.domain;

import java.time.OffsetDateTime;
import java.util.Objects;
import uk.safeguarding.reviews.kernel.InvalidFieldException;

/**
 * One panel member's vote: who, when, what and why, and any conflict of interest they declared. A
 * conflicted member's vote is kept on the record but not counted.
 */
public record PanelVote(String member, PanelOutcome outcome, String reason, String conflictOfInterest,
        OffsetDateTime at) {

    public PanelVote {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(outcome, "Choose what the panel should decide");
        Objects.requireNonNull(at, "at");
        if (reason == null || reason.isBlank()) {
            throw InvalidFieldException.refused("reason", "referral.panel-vote.give-reason");
        }
        reason = reason.strip();
        conflictOfInterest = conflictOfInterest == null || conflictOfInterest.isBlank() ? null : conflictOfInterest.strip();
    }

    public boolean counts() {
        return conflictOfInterest == null;
    }
}
