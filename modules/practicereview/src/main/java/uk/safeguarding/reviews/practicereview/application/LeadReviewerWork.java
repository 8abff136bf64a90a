package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.safeguarding.reviews.clocks.application.ClockLine;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.work.WorkItem;
import uk.safeguarding.reviews.kernel.work.WorkSource;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.review.application.ReviewLookup;
import uk.safeguarding.reviews.review.application.ReviewSummary;
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
    private ReviewLookup reviews;

    @Inject
    private ClockService clocks;

    @Override
    public List<WorkItem> waitingFor(Caller caller, int limit) {
        if (!ReviewAct.APPOINT_LEAD_REVIEWER.allowsEverywhere(caller.roles())) {
            return List.of();
        }
        return practiceReviews.awaitingLeadReviewer(limit).stream()
                .flatMap(c -> reviews.find(c.reviewId()).filter(r -> r.handedOverTo() == null).stream())
                .map(this::item).toList();
    }

    private WorkItem item(ReviewSummary review) {
        return ClockLine.task("Appoint the lead reviewer", review.reference(), "/app/reviews/view.xhtml?id="
                + review.id(), ClockLine.openOfRule(clocks.ofSubject(ReviewSummary.CLOCK_SUBJECT_TYPE, review.id()),
                        "lead-reviewer-appointed"));
    }
}
