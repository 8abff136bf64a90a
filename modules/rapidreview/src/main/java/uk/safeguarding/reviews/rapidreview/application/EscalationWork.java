package uk.safeguarding.reviews.rapidreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.safeguarding.reviews.clocks.application.ClockLine;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.work.WorkItem;
import uk.safeguarding.reviews.kernel.work.WorkSource;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeeting;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeetingRepository;
import uk.safeguarding.reviews.review.application.ReviewLookup;
import uk.safeguarding.reviews.review.application.ReviewSummary;

/**
 * Outcomes escalated to the Safeguarding Executive and awaiting its decision (§7.12), on the work
 * list of each member of the executive; due with the report's clock, which the disagreement holds up.
 */
@ApplicationScoped
@Transactional
public class EscalationWork implements WorkSource {

    @Inject
    private RapidReviewMeetingRepository meetings;

    @Inject
    private ReviewLookup reviews;

    @Inject
    private ClockService clocks;

    @Override
    public List<WorkItem> waitingFor(Caller caller, int limit) {
        if (!caller.hasRole(Role.EXECUTIVE)) {
            return List.of();
        }
        return meetings.withOutcome().stream().filter(RapidReviewMeeting::awaitsTheExecutive)
                .flatMap(meeting -> reviews.find(meeting.reviewId()).filter(r -> r.handedOverTo() == null).stream())
                .limit(limit).map(this::item).toList();
    }

    private WorkItem item(ReviewSummary review) {
        return ClockLine.task("Decide the outcome escalated to the Safeguarding Executive", review.reference(),
                "/app/reviews/meeting.xhtml?id=" + review.id(), ClockLine.openOfRule(
                        clocks.ofSubject(ReviewSummary.CLOCK_SUBJECT_TYPE, review.id()), "rapid-review-report"));
    }
}
