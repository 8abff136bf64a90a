package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.work.WorkItem;
import uk.safeguarding.reviews.kernel.work.WorkSource;
import uk.safeguarding.reviews.practicereview.domain.Commencement;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.review.domain.ReviewAct;

/**
 * §8.1: each practice review without a lead reviewer waits in the work list of the Virtual Panel and
 * the business manager, due with its 10-working-day clock.
 */
@ApplicationScoped
@Transactional
public class LeadReviewerWork implements WorkSource {

    @Inject
    private PracticeReviewRepository practiceReviews;

    @Inject
    private ReviewWork work;

    @Override
    public List<WorkItem> waitingFor(Caller caller, int limit) {
        if (!ReviewAct.APPOINT_LEAD_REVIEWER.allowsEverywhere(caller.roles())) {
            return List.of();
        }
        return work.tasks(practiceReviews.awaitingLeadReviewer(limit).stream().map(Commencement::reviewId).toList(),
                "Appoint the lead reviewer", "view.xhtml", "lead-reviewer-appointed");
    }
}
