package uk.safeguarding.reviews.web.referral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.Page;
import uk.safeguarding.reviews.referral.application.InboxFilter;
import uk.safeguarding.reviews.referral.application.ReferralLine;
import uk.safeguarding.reviews.referral.application.ReferralService;
import uk.safeguarding.reviews.referral.domain.ReferralKind;
import uk.safeguarding.reviews.referral.domain.ReferralRepository.Order;
import uk.safeguarding.reviews.referral.domain.ReferralStatus;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.ListAddress;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * "My referrals" (a referrer's own) and the "Referral inbox" (the business unit and the panel), a page
 * at a time: the page number is in the address ({@code ?page=2}), so a page can be bookmarked. The
 * inbox is narrowed by status, form and year and ordered as chosen through a plain GET form, so a
 * narrowed inbox has its own address too (issue 14 §2).
 */
@Named
@RequestScoped
public class ReferralLists extends ListAddress {

    @Inject
    private ReferralService referrals;

    private String status;
    private InboxFilter filter = InboxFilter.NONE;
    private List<Integer> years = List.of();
    private Page<ReferralLine> lines = new Page<>(List.of(), 1, Page.DEFAULT_SIZE, 0);

    public void loadMine() {
        try {
            lines = referrals.mine(Pages.number(getPage()));
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public void loadInbox() {
        try {
            filter = InboxFilter.of(status, getKind(), getYear(), getSort());
            years = referrals.inboxYears();
            lines = referrals.inbox(filter, Pages.number(getPage()));
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    /** The filters in force, in words: "Status: With the Virtual Panel; Year: 2026". Empty when nothing narrows. */
    public String getActiveFilters() {
        List<String> active = new ArrayList<>();
        if (filter.status() != null) {
            active.add(Messages.text("referral.list.status") + ": " + Messages.text("referral.status." + filter.status().name()));
        }
        if (filter.kind() != null) {
            active.add(Messages.text("referral.inbox.filter.kind") + ": " + Messages.text("referral.kind." + filter.kind().name()));
        }
        if (filter.year() != null) {
            active.add(Messages.text("referral.inbox.filter.year") + ": " + filter.year());
        }
        return String.join("; ", active);
    }

    public InboxFilter getFilter() {
        return filter;
    }

    public List<ReferralStatus> getStatuses() {
        return InboxFilter.RECEIVED;
    }

    public ReferralKind[] getKinds() {
        return ReferralKind.values();
    }

    public List<Integer> getYears() {
        return years;
    }

    public Order[] getSorts() {
        return Order.values();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }







    public Page<ReferralLine> getList() {
        return lines;
    }

    public List<ReferralLine> getLines() {
        return lines.items();
    }


}
