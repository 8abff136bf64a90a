package uk.safeguarding.reviews.rapidreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeeting;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeetingRepository;
import uk.safeguarding.reviews.review.application.ReviewCapability;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.application.StageGuard;
import uk.safeguarding.reviews.thresholds.application.ThresholdsService;

/**
 * What this module's capabilities bring to the review engine (issue 13 §1): the work they report,
 * which kind definitions key their exits by, the documents they produce, and the guard on sending
 * the report. Any kind whose definition names them may use them.
 */
final class RapidReviewCapabilities {

    /** Information requests, agency summaries, chronologies and the composite (§7.7-7.9). */
    static final String REQUESTS_SENT = "requests-sent";
    /** The meeting, its papers and attendance (§7.10-7.12). */
    static final String MEETING_HELD = "meeting-held";
    /** The report to the National Panel and its response (§7.13). */
    static final String REPORT_SENT = "report-sent";
    static final String PANEL_RESPONDED = "panel-responded";

    private RapidReviewCapabilities() {
    }

    /** A capability's fixed terms: the work it reports and the documents it produces. */
    abstract static class Terms implements ReviewCapability {
        private final Set<String> work;
        private final Set<String> documents;

        Terms(Set<String> work, Set<String> documents) {
            this.work = work;
            this.documents = documents;
        }

        @Override
        public Set<String> work() {
            return work;
        }

        @Override
        public Set<String> documents() {
            return documents;
        }
    }

    /** Information requests, agency summaries, chronologies and the composite (§7.7-7.9). */
    @ApplicationScoped
    static class Contributions extends Terms {
        Contributions() {
            super(Set.of(REQUESTS_SENT), Set.of("agency-summary-template", "chronology-form", "request-letter",
                    "composite-chronology"));
        }
    }

    /** The meeting: invitations, papers, attendance (§7.10-7.12). */
    @ApplicationScoped
    static class Meetings extends Terms {
        Meetings() {
            super(Set.of(MEETING_HELD), Set.of("meeting-invitation", "meeting-papers"));
        }
    }

    /** The report to the National Panel and its response (§7.13). */
    @ApplicationScoped
    static class NationalPanel extends Terms {
        NationalPanel() {
            super(Set.of(REPORT_SENT, PANEL_RESPONDED), Set.of("rapid-review-report", "outcome-letter"));
        }
    }

    /** §7.12-7.13: the report goes once the outcome is endorsed by every partner, or decided on escalation. */
    @ApplicationScoped
    static class OutcomeFinal implements StageGuard {

        @Inject
        private RapidReviewMeetingRepository meetings;

        @Inject
        private ThresholdsService thresholds;

        @Override
        public String key() {
            return "outcome-final";
        }

        @Override
        public Optional<RefusedException> refusal(ReviewSummary review) {
            Optional<RapidReviewMeeting> meeting = meetings.ofReview(review.id());
            if (meeting.isEmpty()) {
                return Optional.of(RefusedException.because("rapidreview.rapid-review-capabilities.meeting-not-held", review.reference()));
            }
            return switch (meeting.get().outcomeStatus(
                    thresholds.statutoryPartners(review.thresholdVersion()))) {
                case ENDORSED, DECIDED_ON_ESCALATION -> Optional.empty();
                default -> Optional.of(RefusedException.because("rapidreview.rapid-review-capabilities.outcome-not-settled",
                        review.reference()));
            };
        }
    }
}
