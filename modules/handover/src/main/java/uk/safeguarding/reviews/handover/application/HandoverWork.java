package uk.safeguarding.reviews.handover.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZonedDateTime;
import java.util.List;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.work.WorkItem;
import uk.safeguarding.reviews.kernel.work.WorkSource;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/** Handovers proposed to this partnership that its business manager has yet to answer (§10.2, issue 14 §2). */
@ApplicationScoped
@Transactional
public class HandoverWork implements WorkSource {

    @Inject
    private uk.safeguarding.reviews.handover.domain.HandoverRegistry handovers;

    @Inject
    private ClockService clocks;

    @Override
    public List<WorkItem> waitingFor(Caller caller, int limit) {
        if (!caller.hasRole(Role.BUSINESS_MANAGER)) {
            return List.of();
        }
        return handovers.awaitingAnswerOf(TenantContext.tenant().slug(), limit).stream().map(h -> {
            ZonedDateTime answerBy = clocks.dueBy(Handovers.ANSWER_CLOCK,
                    h.proposedAt().atZoneSameInstant(DeadlineCalculator.UK));
            return new WorkItem("Answer the proposal to hand over a referral to you", h.sourceReference(),
                    "/app/referrals/handovers.xhtml", answerBy, false, null);
        }).toList();
    }
}
