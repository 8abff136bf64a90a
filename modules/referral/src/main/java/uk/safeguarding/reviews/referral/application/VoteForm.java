package uk.safeguarding.reviews.referral.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import uk.safeguarding.reviews.referral.domain.PanelOutcome;

/** A panel member's vote as typed. Messages: ContributorValidationMessages.properties. */
public class VoteForm implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotNull(message = "{vote.outcome.required}")
    private PanelOutcome outcome;

    @NotBlank(message = "{vote.reason.required}")
    @Size(max = 2000, message = "{vote.reason.tooLong}")
    private String reason;

    /** Empty when the member has no conflict of interest; otherwise what it is. */
    @Size(max = 1000, message = "{vote.conflict.tooLong}")
    private String conflictOfInterest;

    /** Only when changing an earlier vote: why. */
    @Size(max = 1000, message = "{vote.because.tooLong}")
    private String supersedeBecause;

    public PanelOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(PanelOutcome outcome) {
        this.outcome = outcome;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getConflictOfInterest() {
        return conflictOfInterest;
    }

    public void setConflictOfInterest(String conflictOfInterest) {
        this.conflictOfInterest = conflictOfInterest;
    }

    public String getSupersedeBecause() {
        return supersedeBecause;
    }

    public void setSupersedeBecause(String supersedeBecause) {
        this.supersedeBecause = supersedeBecause;
    }
}
