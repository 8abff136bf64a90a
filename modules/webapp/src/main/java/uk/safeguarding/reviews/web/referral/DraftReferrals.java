package uk.safeguarding.reviews.web.referral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.referral.application.ReferralService;
import uk.safeguarding.reviews.referral.application.ReferralSummary;
import uk.safeguarding.reviews.web.shell.Pages;

/** The partnership's draft referrals. */
@Named
@RequestScoped
public class DraftReferrals {

    @Inject
    private ReferralService referrals;

    private List<ReferralSummary> drafts;

    /** View action: loads before rendering, so a refusal is a clean 403. */
    public void load() {
        try {
            drafts = referrals.listDrafts();
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public List<ReferralSummary> getDrafts() {
        return drafts == null ? List.of() : drafts;
    }
}
