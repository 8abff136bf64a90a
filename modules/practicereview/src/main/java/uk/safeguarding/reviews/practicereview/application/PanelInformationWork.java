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
 * §8.1: "As soon as it has been agreed that a further review is required ... the Business Manager
 * will inform the National Panel": each practice review whose Panel has not been told waits in the
 * business unit's work list. The policy sets no period ("as soon as"), so no clock runs for it.
 */
@ApplicationScoped
@Transactional
public class PanelInformationWork implements WorkSource {

    @Inject
    private PracticeReviewRepository practiceReviews;

    @Inject
    private ReviewWork work;

    @Override
    public List<WorkItem> waitingFor(Caller caller, int limit) {
        if (!ReviewAct.RUN.allowsEverywhere(caller.roles())) {
            return List.of();
        }
        return work.tasks(practiceReviews.panelNotInformed(limit).stream().map(Commencement::reviewId).toList(),
                "Inform the National Panel of the decision", "view.xhtml", null);
    }
}
