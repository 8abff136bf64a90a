package uk.safeguarding.reviews.rapidreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.safeguarding.reviews.clocks.application.ClockLine;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.work.WorkItem;
import uk.safeguarding.reviews.kernel.work.WorkSource;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeetingRepository;
import uk.safeguarding.reviews.review.application.ReviewLookup;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.review.domain.ReviewPart;

/**
 * §7.12: "The Rapid Review Meeting Report (Document 12) will be completed by the chair": once the
 * meeting is held and until its outcome is recorded, the review's chair finds "Complete the Rapid
 * Review Meeting Report" in their work list, due with the report's 2-working-day clock (§7.13).
 */
@ApplicationScoped
@Transactional
public class ChairWork implements WorkSource {

    @Inject
    private ReviewLookup reviews;

    @Inject
    private RapidReviewMeetingRepository meetings;

    @Inject
    private ClockService clocks;

    @Override
    public List<WorkItem> waitingFor(Caller caller, int limit) {
        if (!ReviewAct.COMPLETE_MEETING_REPORT.allows(caller.roles())) {
            return List.of();
        }
        return reviews.assigning(caller.username(), ReviewPart.CHAIR, limit).stream()
                .flatMap(id -> reviews.find(id).filter(review -> review.handedOverTo() == null).stream())
                .filter(review -> meetings.ofReview(review.id())
                        .filter(m -> m.heldAt() != null && m.recommendation() == null).isPresent())
                .map(this::task).toList();
    }

    private WorkItem task(ReviewSummary review) {
        return ClockLine.task("Complete the Rapid Review Meeting Report", review.reference(),
                "/app/reviews/meeting.xhtml?id=" + review.id(), ClockLine.openOfRule(
                        clocks.ofSubject(ReviewSummary.CLOCK_SUBJECT_TYPE, review.id()), "rapid-review-report"));
    }
}
