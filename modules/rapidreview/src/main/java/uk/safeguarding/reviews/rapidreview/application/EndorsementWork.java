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
import uk.safeguarding.reviews.rapidreview.domain.Endorsement;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeetingRepository;
import uk.safeguarding.reviews.review.application.ReviewLookup;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.thresholds.application.ThresholdsService;

/**
 * Outcomes waiting for the caller's endorsement (§7.12, issue 14 §2): as the Independent Adviser the
 * outcome names, or as a statutory partner's representative, until they have endorsed or disagreed;
 * due with the report's 2-working-day clock (§7.13).
 */
@ApplicationScoped
@Transactional
public class EndorsementWork implements WorkSource {

    @Inject
    private RapidReviewMeetingRepository meetings;

    @Inject
    private Endorsers endorsers;

    @Inject
    private ReviewLookup reviews;

    @Inject
    private ThresholdsService thresholds;

    @Inject
    private ClockService clocks;

    @Override
    public List<WorkItem> waitingFor(Caller caller, int limit) {
        if (!caller.hasAnyRole(Role.STATUTORY_PARTNER, Role.PANEL_MEMBER, Role.INDEPENDENT_ADVISER)) {
            return List.of();
        }
        return meetings.awaitingEndorsement(limit).stream().flatMap(meeting -> reviews.find(meeting.reviewId())
                .filter(review -> review.handedOverTo() == null).stream()
                .flatMap(review -> endorsers.mayEndorseFor(caller, meeting,
                        thresholds.statutoryPartners(review.thresholdVersion())).stream()
                        .filter(party -> meeting.endorsements().stream().map(Endorsement::endorsesFor)
                                .noneMatch(party::equals))
                        .map(party -> item(review, party)))).toList();
    }

    private WorkItem item(ReviewSummary review, String party) {
        return ClockLine.task("Endorse the outcome, or disagree, for " + party, review.reference(),
                "/app/reviews/meeting.xhtml?id=" + review.id(), ClockLine.openOfRule(
                        clocks.ofSubject(ReviewSummary.CLOCK_SUBJECT_TYPE, review.id()), "rapid-review-report"));
    }

}
