package uk.safeguarding.reviews.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.safeguarding.reviews.agencies.application.AgencyLookup;
import uk.safeguarding.reviews.clocks.application.ClockLine;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.work.WorkItem;
import uk.safeguarding.reviews.kernel.work.WorkSource;
import uk.safeguarding.reviews.learning.domain.ActionPlan;
import uk.safeguarding.reviews.learning.domain.ActionPlanRepository;
import uk.safeguarding.reviews.learning.domain.PlanAction;
import uk.safeguarding.reviews.review.domain.ReviewAct;

/**
 * §9: what action plans ask of people next. Each open action waits in its agency's people's work
 * list, due with its clock; each action reported done waits in the work list of the scrutineer whose
 * turn it is on the rota (§10.1), or in the business unit's when no one on the rota can verify it.
 */
@ApplicationScoped
@Transactional
public class ActionPlanWork implements WorkSource {

    @Inject
    private ActionPlanRepository plans;

    @Inject
    private AgencyLookup agencies;

    @Inject
    private ClockService clocks;

    @Override
    public List<WorkItem> waitingFor(Caller caller, int limit) {
        List<WorkItem> tasks = new ArrayList<>();
        if (caller.hasRole(Role.AGENCY_CONTRIBUTOR)) {
            List<String> mine = List.copyOf(agencies.idsOfContact(caller.username()));
            List<PlanAction> open = plans.actionsOfAgencies(mine, limit).stream().filter(a -> a.status()
                    == PlanAction.Status.OPEN || a.status() == PlanAction.Status.IN_PROGRESS
                    || a.status() == PlanAction.Status.RETURNED)
                    .filter(a -> plans.planOf(a.reviewId()).map(ActionPlan::running).orElse(false)).toList();
            Map<String, List<ClockLine>> clocksOf = clocks.ofSubjects(PlanAction.CLOCK_SUBJECT_TYPE,
                    open.stream().map(PlanAction::id).toList());
            for (PlanAction a : open) {
                String rule = a.status() == PlanAction.Status.RETURNED ? ActionPlans.RETURNED_CLOCK
                        : ActionPlans.ACTION_CLOCK;
                tasks.add(ClockLine.task((a.status() == PlanAction.Status.RETURNED ? "Report again on action "
                        : "Report on action ") + a.number() + " (" + a.agencyName() + ")", reference(a),
                        "/app/agency/action.xhtml?id=" + a.id(), ClockLine.openOfRule(clocksOf.getOrDefault(a.id(),
                                List.of()), rule)));
            }
        }
        for (PlanAction a : plans.actionsToVerifyBy(caller.username(), limit)) {
            tasks.add(ClockLine.task("Verify action " + a.number() + " (" + a.agencyName() + ")", reference(a),
                    "/app/verify/action.xhtml?id=" + a.id(), java.util.Optional.empty()));
        }
        if (ReviewAct.RUN.allowsEverywhere(caller.roles())) {
            for (PlanAction a : plans.actionsToVerify(limit)) {
                tasks.add(ClockLine.task("Verify action " + a.number() + " (" + a.agencyName() + ")", reference(a),
                        "/app/reviews/action-plan.xhtml?id=" + a.reviewId(), java.util.Optional.empty()));
            }
        }
        return tasks;
    }

    private String reference(PlanAction action) {
        return plans.planOf(action.reviewId()).map(ActionPlan::reviewReference).orElse("");
    }
}
