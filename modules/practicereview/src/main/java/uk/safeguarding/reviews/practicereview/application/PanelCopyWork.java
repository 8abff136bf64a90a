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
 * §8.3: "Copies of all reports should be sent to the National Panel at least one week before
 * publication": each planned publication whose copy has not gone waits in the business unit's work
 * list, due with the clock counted back from the planned date.
 */
@ApplicationScoped
@Transactional
public class PanelCopyWork implements WorkSource {

    @Inject
    private PracticeReviewRepository practiceReviews;

    @Inject
    private ReviewLookup reviews;

    @Inject
    private ClockService clocks;

    @Override
    public List<WorkItem> waitingFor(Caller caller, int limit) {
        if (!ReviewAct.RUN.allowsEverywhere(caller.roles())) {
            return List.of();
        }
        return practiceReviews.panelCopiesDue(limit).stream()
                .flatMap(p -> reviews.find(p.reviewId()).filter(r -> r.handedOverTo() == null).stream())
                .map(this::item).toList();
    }

    private WorkItem item(ReviewSummary review) {
        return ClockLine.task("Send the report's copy to the National Panel", review.reference(),
                "/app/reviews/publication.xhtml?id=" + review.id(), ClockLine.openOfRule(clocks.ofSubject(
                        ReviewSummary.CLOCK_SUBJECT_TYPE, review.id()), "national-panel-before-publication"));
    }
}
