package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.Texts;
import uk.safeguarding.reviews.practicereview.domain.ListItem;
import uk.safeguarding.reviews.practicereview.domain.PartnershipList;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.review.application.ReviewAccess;
import uk.safeguarding.reviews.review.domain.ReviewAct;

/**
 * The partnership's own lists (the lead reviewer specification, the methodologies): read by whoever
 * works on reviews, replaced by the business manager with a reason, each change audited.
 */
@ApplicationScoped
@Transactional
public class PartnershipLists {

    @Inject
    private ReviewAccess access;

    @Inject
    private RoleGate roles;

    @Inject
    private PracticeReviewRepository practiceReviews;

    @Inject
    private AuditTrail audit;

    /** The list's items, in order. */
    public List<String> items(PartnershipList list) {
        access.requireSomewhere(ReviewAct.SEE, AuditAction.VIEW, list.key(), null);
        return stored(list);
    }

    /** The list's items, for a service that has already checked its caller. */
    List<String> stored(PartnershipList list) {
        return practiceReviews.items(list).stream().map(ListItem::text).toList();
    }

    /**
     * Replaces the list (one item to a line): refused beside the box when empty, when an item is too
     * long or listed twice, and beside the reason without one. What reviews recorded before keeps the
     * items as they were.
     */
    public List<String> change(PartnershipList list, String lines, String reason) {
        roles.require(AuditAction.UPDATE, list.key(), null, Role.BUSINESS_MANAGER);
        List<String> items = Texts.distinctLines("items", lines, list.maxItem(), list.item(), list.whenEmpty());
        String why = Texts.required("reason", reason, "practicereview.partnership-lists.say-why-list-changes");
        Texts.requireAtMost("reason", why, 1000);
        List<ListItem> stored = new ArrayList<>();
        for (String item : items) {
            stored.add(new ListItem(list, stored.size() + 1, item));
        }
        practiceReviews.replaceItems(list, stored);
        audit.allowed(AuditAction.UPDATE, list.key(), null, list.key() + " now " + stored.size() + " items: "
                + String.join(" | ", items) + "; " + why);
        return items;
    }
}
