package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.work.WorkItem;
import uk.safeguarding.reviews.kernel.work.WorkSource;
import uk.safeguarding.reviews.practicereview.domain.Publication;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
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
    private ReviewWork work;

    @Override
    public List<WorkItem> waitingFor(Caller caller, int limit) {
        if (!ReviewAct.RUN.allowsEverywhere(caller.roles())) {
            return List.of();
        }
        return work.tasks(practiceReviews.panelCopiesDue(limit).stream().map(Publication::reviewId).toList(),
                "Send the report's copy to the National Panel", "publication.xhtml", Publications.PANEL_COPY_CLOCK);
    }
}
