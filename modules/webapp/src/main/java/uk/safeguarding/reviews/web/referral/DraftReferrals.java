package uk.safeguarding.reviews.web.referral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.Page;
import uk.safeguarding.reviews.referral.application.ReferralService;
import uk.safeguarding.reviews.referral.application.ReferralSummary;
import uk.safeguarding.reviews.web.shell.Pages;

/** The partnership's draft referrals. */
@Named
@RequestScoped
public class DraftReferrals {

    @Inject
    private ReferralService referrals;

    private String page;
    private Page<ReferralSummary> drafts = new Page<>(List.of(), 1, Page.DEFAULT_SIZE, 0);

    /** View action: loads before rendering, so a refusal is a clean 403. */
    public void load() {
        try {
            drafts = referrals.listDrafts(Pages.number(page));
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public List<ReferralSummary> getDrafts() {
        return drafts.items();
    }

    public Page<ReferralSummary> getList() {
        return drafts;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
