package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.work.WorkItem;
import uk.safeguarding.reviews.kernel.work.WorkSource;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.practicereview.domain.ReportVersion;
import uk.safeguarding.reviews.review.application.ReviewEngine;
import uk.safeguarding.reviews.review.application.ReviewLookup;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.review.domain.ReviewPart;
import uk.safeguarding.reviews.review.domain.kind.Capability;
import uk.safeguarding.reviews.thresholds.domain.ReviewKind;

/**
 * §8.3: what the report asks of people next. A lead reviewer's review whose report is not yet
 * agreed waits in their work list, "Write the review's report", due with the review's completion
 * clock; a review with agencies' comments the review group has not yet dealt with waits in the
 * business unit's, "Put the agencies' comments to the review group".
 */
@ApplicationScoped
@Transactional
public class ReportWork implements WorkSource {

    @Inject
    private PracticeReviewRepository practiceReviews;

    @Inject
    private ReviewLookup reviews;

    @Inject
    private ReviewEngine engine;

    @Inject
    private ReviewWork work;

    @Override
    public List<WorkItem> waitingFor(Caller caller, int limit) {
        List<WorkItem> tasks = new ArrayList<>();
        if (caller.hasRole(Role.REVIEWER)) {
            for (String reviewId : reviews.assigning(caller.username(), ReviewPart.LEAD_REVIEWER, limit)) {
                Optional<ReviewSummary> review = reviews.find(reviewId).filter(r -> r.handedOverTo() == null);
                boolean writing = review.isPresent() && engine.stageAllows(reviewId, Capability.LEARNING_REPORT)
                        && practiceReviews.reportVersionsOf(reviewId).stream().noneMatch(ReportVersion::isFinal);
                if (writing) {
                    tasks.addAll(work.tasks(List.of(reviewId), "Write the review's report", "report.xhtml",
                            review.get().kind() == ReviewKind.LOCAL_CASE_REVIEW ? "local-case-review"
                                    : "cspr-completion"));
                }
            }
        }
        if (ReviewAct.RUN.allowsEverywhere(caller.roles())) {
            List<String> withComments = practiceReviews.reviewsWithUndisposedComments(limit);
            tasks.addAll(work.tasks(withComments, "Put the agencies' comments to the review group", "report.xhtml",
                    null));
        }
        return tasks;
    }

}
