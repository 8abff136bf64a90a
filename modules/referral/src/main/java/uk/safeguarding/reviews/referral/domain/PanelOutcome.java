package uk.safeguarding.reviews.referral.domain;

import java.util.Optional;

/**
 * What a Virtual Panel member can vote for, and what the panel can decide (§7.5, Document 7). An
 * outcome that opens a review names the decision, never the kind: which kind each decision opens is
 * the partnership's data (issue 13 §1; a kind of review lists the decisions that open it).
 */
public enum PanelOutcome {
    COMMENCE_RAPID_REVIEW("panel-rapid-review"),
    LOCAL_CASE_REVIEW("panel-local-case-review"),
    /** §5.3: a Good Outcome Review of exceptional practice (Document 6 referrals). */
    GOOD_OUTCOME_REVIEW("panel-good-outcome-review"),
    /**
     * §4.2 table: the case does not meet the criteria for a multi-agency review, but one agency should
     * review its own practice; the business unit then names the agency and its lead.
     */
    INDIVIDUAL_AGENCY_REVIEW("panel-individual-agency-review"),
    /** The referral lacks what the panel needs: it goes back to the referrer (re-submit within 5 working days). */
    INCOMPLETE_RETURN_TO_REFERRER(null),
    NO_REVIEW(null);

    private final String opensByDecision;

    PanelOutcome(String opensByDecision) {
        this.opensByDecision = opensByDecision;
    }

    /** The key of the decision by which this outcome opens a review; empty for one that opens none. */
    public Optional<String> openingDecision() {
        return Optional.ofNullable(opensByDecision);
    }
}
