package uk.safeguarding.reviews.web.referral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.referral.application.ReferralDetail;
import uk.safeguarding.reviews.referral.application.ReferralService;
import uk.safeguarding.reviews.web.shell.Pages;

/** "My referrals" (a referrer's own) and the "Referral inbox" (the business unit and the panel). */
@Named
@RequestScoped
public class ReferralLists {

    @Inject
    private ReferralService referrals;

    private List<ReferralDetail> lines = List.of();

    public void loadMine() {
        try {
            lines = referrals.mine();
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public void loadInbox() {
        try {
            lines = referrals.inbox();
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public List<ReferralDetail> getLines() {
        return lines;
    }
}
