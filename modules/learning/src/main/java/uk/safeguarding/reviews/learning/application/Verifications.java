package uk.safeguarding.reviews.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.learning.domain.ActionPlan;
import uk.safeguarding.reviews.learning.domain.ActionPlanRepository;
import uk.safeguarding.reviews.learning.domain.PlanAction;
import uk.safeguarding.reviews.learning.domain.RotaMember;
import uk.safeguarding.reviews.learning.domain.RotaTurn;
import uk.safeguarding.reviews.learning.domain.VerificationRota;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * §9, §10.1: an action reported done is verified by the scrutineer whose turn it is on the
 * partnership's rota, never one from the agency that owns it, or by the business unit when no one on
 * the rota can. The scrutineer sees that action and its evidence, nothing else of the review, and
 * verifies it or returns it to its owner with the reason; anyone else finds nothing, audited.
 */
@ApplicationScoped
@Transactional
public class Verifications {

    static final String RECORD_TYPE = "plan-action";

    @Inject
    private ActionPlanRepository plans;

    @Inject
    private ActionPlans actionPlans;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The actions the signed-in person was asked to verify. */
    public List<OwnerAction> mine(int limit) {
        Caller caller = TenantContext.caller();
        return plans.actionsToVerifyBy(caller.username(), limit).stream().map(a -> view(a, false)).toList();
    }

    /** One action the signed-in scrutineer was asked to verify, with its history; not found for anyone else. */
    public OwnerAction task(String actionId) {
        PlanAction action = mine(actionId, AuditAction.VIEW);
        audit.allowed(AuditAction.VIEW, RECORD_TYPE, action.reviewId(), "action " + action.number()
                + " read by its scrutineer " + action.scrutineerUsername());
        return view(action, true);
    }

    public OwnerAction verify(String actionId, String note) {
        PlanAction action = mine(actionId, AuditAction.UPDATE);
        actionPlans.verified(review(action), action, TenantContext.caller(), note);
        return view(action, true);
    }

    public OwnerAction returnToOwner(String actionId, String reason) {
        PlanAction action = mine(actionId, AuditAction.UPDATE);
        actionPlans.returned(review(action), action, TenantContext.caller(), reason);
        return view(action, true);
    }

    /** §10.1: asks the next scrutineer in turn, independent of the action's agency; none leaves it to the business unit. */
    void askNextScrutineer(PlanAction action) {
        RotaTurn turn = plans.turnForUpdate();
        RotaMember next = VerificationRota.next(plans.rota(), turn.lastPosition(), action.agencyId()).orElse(null);
        action.askScrutineer(next);
        if (next != null) {
            turn.taken(next);
        }
    }

    private ReviewSummary review(PlanAction action) {
        return actionPlans.review(action.reviewId(), AuditAction.UPDATE);
    }

    /** The action this scrutineer was asked to verify and which waits for it; otherwise not found, audited. */
    private PlanAction mine(String actionId, AuditAction attempted) {
        Caller caller = TenantContext.caller();
        return plans.action(actionId).filter(a -> a.scrutinisedBy(caller.username()))
                .filter(a -> a.status() == PlanAction.Status.DONE)
                .orElseThrow(() -> audit.notFound(attempted, RECORD_TYPE, actionId));
    }

    private OwnerAction view(PlanAction action, boolean withHistory) {
        ActionPlan plan = plans.planOf(action.reviewId()).orElseThrow();
        LocalDate today = LocalDate.now(clock.withZone(DeadlineCalculator.UK));
        return new OwnerAction(plan.reviewReference(), ActionPlans.line(action, withHistory ? plans
                .updatesOf(action.reviewId()).stream().filter(u -> u.actionId().equals(action.id())).toList()
                : List.of(), today), action.status() == PlanAction.Status.DONE
                        && action.scrutinisedBy(TenantContext.caller().username()));
    }
}
