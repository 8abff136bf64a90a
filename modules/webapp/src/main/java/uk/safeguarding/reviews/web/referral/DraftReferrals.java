package uk.safeguarding.reviews.web.referral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.safeguarding.reviews.referral.application.ReferralService;
import uk.safeguarding.reviews.referral.application.ReferralSummary;

/** The partnership's draft referrals. */
@Named
@RequestScoped
public class DraftReferrals {

    @Inject
    private ReferralService referrals;

    private List<ReferralSummary> drafts;

    public List<ReferralSummary> getDrafts() {
        if (drafts == null) {
            drafts = referrals.listDrafts();
        }
        return drafts;
    }
}
