package uk.safeguarding.reviews.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.kernel.search.SearchHit;
import uk.safeguarding.reviews.kernel.themes.TaggableRecords;
import uk.safeguarding.reviews.learning.domain.ActionPlanRepository;
import uk.safeguarding.reviews.learning.domain.PlanAction;
import uk.safeguarding.reviews.review.application.ReviewAccess;
import uk.safeguarding.reviews.review.application.ReviewLookup;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.ReviewAct;

/**
 * An action plan's actions carry themes (§9, §10.1): seen by whoever may see the review, tagged by
 * the business unit that runs the plan while the partnership holds the review.
 */
@ApplicationScoped
@Transactional
public class ActionThemes implements TaggableRecords {

    @Inject
    private ActionPlanRepository plans;

    @Inject
    private ReviewLookup reviews;

    @Inject
    private ReviewAccess access;

    @Inject
    private AuditTrail audit;

    @Override
    public String type() {
        return OwnerActions.RECORD_TYPE;
    }

    @Override
    public boolean mayTag(String id) {
        return plans.action(id).flatMap(this::reviewOf).filter(review -> review.handedOverTo() == null
                && access.mayOn(review.id(), ReviewAct.RUN)).isPresent();
    }

    @Override
    public SearchHit requireTaggable(String id) {
        PlanAction action = plans.action(id).orElseThrow(() -> audit.notFound(AuditAction.UPDATE, type(), id));
        access.requireOn(action.reviewId(), ReviewAct.RUN, AuditAction.UPDATE, type(), id);
        ReviewSummary review = reviewOf(action).filter(r -> r.handedOverTo() == null)
                .orElseThrow(() -> audit.notFound(AuditAction.UPDATE, type(), id));
        return hit(action, review);
    }

    @Override
    public Map<String, SearchHit> visible(Collection<String> ids) {
        Map<String, SearchHit> seen = new LinkedHashMap<>();
        for (String id : ids) {
            plans.action(id).filter(action -> access.mayOn(action.reviewId(), ReviewAct.SEE))
                    .ifPresent(action -> reviewOf(action).ifPresent(review -> seen.put(id, hit(action, review))));
        }
        return seen;
    }

    private Optional<ReviewSummary> reviewOf(PlanAction action) {
        return reviews.find(action.reviewId());
    }

    private static SearchHit hit(PlanAction action, ReviewSummary review) {
        return new SearchHit("Action", review.reference() + " action " + action.number(), action.what() + " ("
                + action.agencyName() + ")", "/app/reviews/action-plan.xhtml?id=" + review.id() + "#action-"
                + action.number());
    }
}
