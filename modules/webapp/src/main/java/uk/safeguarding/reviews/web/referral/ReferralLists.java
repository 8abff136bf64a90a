package uk.safeguarding.reviews.web.referral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.Page;
import uk.safeguarding.reviews.referral.application.ReferralLine;
import uk.safeguarding.reviews.referral.application.ReferralService;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * "My referrals" (a referrer's own) and the "Referral inbox" (the business unit and the panel), a page
 * at a time: the page number is in the address ({@code ?page=2}), so a page can be bookmarked.
 */
@Named
@RequestScoped
public class ReferralLists {

    @Inject
    private ReferralService referrals;

    private String page;
    private Page<ReferralLine> lines = new Page<>(List.of(), 1, Page.DEFAULT_SIZE, 0);

    public void loadMine() {
        try {
            lines = referrals.mine(Pages.number(page));
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public void loadInbox() {
        try {
            lines = referrals.inbox(Pages.number(page));
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public Page<ReferralLine> getList() {
        return lines;
    }

    public List<ReferralLine> getLines() {
        return lines.items();
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
