package uk.safeguarding.reviews.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.safeguarding.reviews.referral.domain.PanelOutcome;
import uk.safeguarding.reviews.review.application.OpeningDecisions;

/**
 * The Virtual Panel's decisions on a referral that open a review (§7.5; the business manager's
 * decision to commence a Rapid Review at once is the first). Each opens one kind: a vote cannot
 * also choose one.
 */
@ApplicationScoped
class PanelOpeningDecisions implements OpeningDecisions {

    @Override
    public List<OpeningDecision> decisions() {
        return List.of(
                decision(PanelOutcome.COMMENCE_RAPID_REVIEW, "the decision on a referral to commence a Rapid Review (the Virtual Panel's, or the business manager's at once, \u00a77.5)"),
                decision(PanelOutcome.LOCAL_CASE_REVIEW, "the Virtual Panel's decision on a local case review (\u00a74.2 table)"),
                decision(PanelOutcome.GOOD_OUTCOME_REVIEW, "the Virtual Panel's decision on a good outcome review (\u00a75.3)"),
                decision(PanelOutcome.INDIVIDUAL_AGENCY_REVIEW,
                        "the Virtual Panel's decision on an individual agency review (\u00a74.2 table)"));
    }

    private static OpeningDecision decision(PanelOutcome outcome, String name) {
        return new OpeningDecision(outcome.openingDecision().orElseThrow(), name, true);
    }
}
