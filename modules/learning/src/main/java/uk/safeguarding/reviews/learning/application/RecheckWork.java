package uk.safeguarding.reviews.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.work.WorkItem;
import uk.safeguarding.reviews.kernel.work.WorkSource;
import uk.safeguarding.reviews.learning.domain.ActionPlanRepository;
import uk.safeguarding.reviews.learning.domain.PlanVerification;

/**
 * Document 14 (§9, §10.1): a verification that found the learning not yet embedded sets a day to
 * check again; until the case or agency is verified again, the business unit finds "Verify again that
 * the learning is embedded" in its work list, due that day.
 */
@ApplicationScoped
@Transactional
public class RecheckWork implements WorkSource {

    @Inject
    private ActionPlanRepository plans;

    @Override
    public List<WorkItem> waitingFor(Caller caller, int limit) {
        if (!caller.hasRole(Role.BUSINESS_MANAGER) || limit < 1) {
            return List.of();
        }
        return plans.rechecksDue(limit).stream().map(RecheckWork::task).toList();
    }

    private static WorkItem task(PlanVerification earlier) {
        String sheet = earlier.basis() == PlanVerification.Basis.CASE ? "review=" : "agency=";
        return new WorkItem("Verify again that the learning is embedded (Document 14)", earlier.subjectName(),
                "/app/learning/verification.xhtml?" + sheet + earlier.subjectId(),
                DeadlineCalculator.endOf(earlier.recheckOn()), false, null);
    }
}
