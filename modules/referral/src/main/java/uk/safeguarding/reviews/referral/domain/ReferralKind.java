package uk.safeguarding.reviews.referral.domain;

import java.util.List;
import uk.safeguarding.reviews.referral.domain.content.ReferralStep;

/**
 * The two referral forms: Document 7 asks whether a child's death or serious harm needs a review;
 * Document 6 (§5.3) proposes a Good Outcome Review of exceptional practice.
 */
public enum ReferralKind {
    PRACTICE_REVIEW(List.of(ReferralStep.REFERRER, ReferralStep.FAMILY, ReferralStep.INCIDENT, ReferralStep.AGENCIES,
            ReferralStep.REASONS, ReferralStep.CRITERIA, ReferralStep.NOTIFICATIONS),
            List.of(PanelOutcome.COMMENCE_RAPID_REVIEW, PanelOutcome.LOCAL_CASE_REVIEW,
                    PanelOutcome.INDIVIDUAL_AGENCY_REVIEW, PanelOutcome.INCOMPLETE_RETURN_TO_REFERRER, PanelOutcome.NO_REVIEW)),
    GOOD_OUTCOME(List.of(ReferralStep.REFERRER, ReferralStep.FAMILY, ReferralStep.GOOD_OUTCOME, ReferralStep.AGENCIES,
            ReferralStep.CRITERIA),
            List.of(PanelOutcome.GOOD_OUTCOME_REVIEW, PanelOutcome.INCOMPLETE_RETURN_TO_REFERRER, PanelOutcome.NO_REVIEW));

    private final List<ReferralStep> steps;
    private final List<PanelOutcome> outcomes;

    ReferralKind(List<ReferralStep> steps, List<PanelOutcome> outcomes) {
        this.steps = steps;
        this.outcomes = outcomes;
    }

    /** The form's steps, in order. */
    public List<ReferralStep> steps() {
        return steps;
    }

    /** What the panel can decide on a referral of this kind. */
    public List<PanelOutcome> outcomes() {
        return outcomes;
    }
}
