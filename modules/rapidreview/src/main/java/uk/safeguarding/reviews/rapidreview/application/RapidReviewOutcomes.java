package uk.safeguarding.reviews.rapidreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import uk.safeguarding.reviews.kernel.InternalApi;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeeting;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeetingRepository;
import uk.safeguarding.reviews.rapidreview.domain.Recommendation;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.thresholds.application.ThresholdsService;

/**
 * What a Rapid Review settled (§7.12-7.13), as the reviews that follow it read it: the recommendation
 * that stands once every partner endorsed it or an escalation decided it, and the National Panel's
 * view once it responded. Checks nothing: its callers have checked who may read the review.
 */
@InternalApi
@ApplicationScoped
@Transactional
public class RapidReviewOutcomes {

    @Inject
    private RapidReviewMeetingRepository meetings;

    @Inject
    private ThresholdsService thresholds;

    /** The settled outcome of {@code review}; empty while it is not recorded, endorsed or decided. */
    public Optional<SettledOutcome> settled(ReviewSummary review) {
        return meetings.ofReview(review.id()).filter(meeting -> switch (meeting.outcomeStatus(
                thresholds.statutoryPartners(review.thresholdVersion()))) {
            case ENDORSED, DECIDED_ON_ESCALATION -> true;
            default -> false;
        }).map(SettledOutcome::of);
    }

    /**
     * The immediate actions to keep children safe the meeting agreed (§7.12), in the order recorded:
     * what an action plan takes on.
     */
    public java.util.List<ImmediateAction> immediateActions(String reviewId) {
        return meetings.ofReview(reviewId).map(meeting -> meeting.safetyActions().stream()
                .map(a -> new ImmediateAction(a.actionId(), a.description(), a.owner(), a.dueOn(), a.doneAt() != null))
                .toList()).orElse(java.util.List.of());
    }

    /** One immediate action: what, who, by when, and whether it is done. */
    public record ImmediateAction(String id, String description, String owner, LocalDate dueOn, boolean done) {
    }

    /**
     * A settled outcome: the recommendation that stands, whether the meeting thought a national review
     * might be appropriate, when the outcome was recorded, and the National Panel's response (§7.13):
     * {@code panelAgrees} is null until it responded.
     */
    public record SettledOutcome(Recommendation recommendation, boolean nationalReviewSuggested,
            OffsetDateTime recordedAt, LocalDate panelRespondedOn, Boolean panelAgrees, String panelReasons) {

        static SettledOutcome of(RapidReviewMeeting meeting) {
            return new SettledOutcome(meeting.finalRecommendation(), meeting.nationalReviewSuggested(),
                    meeting.outcomeRecordedAt(), meeting.panelRespondedOn(), meeting.panelAgrees(),
                    meeting.panelReasons());
        }
    }
}
