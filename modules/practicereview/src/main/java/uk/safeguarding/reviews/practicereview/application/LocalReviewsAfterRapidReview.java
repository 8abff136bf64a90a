package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.clocks.domain.StartEvent;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.practicereview.domain.FollowOnReview;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.rapidreview.application.RapidReviewOutcomes;
import uk.safeguarding.reviews.rapidreview.domain.Recommendation;
import uk.safeguarding.reviews.review.application.ReviewAccess;
import uk.safeguarding.reviews.review.application.ReviewLookup;
import uk.safeguarding.reviews.review.application.ReviewOpening;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.thresholds.domain.ReviewKind;

/**
 * §7.12: "another type of local review or learning event". Once a Rapid Review's outcome settles on
 * it, the business manager records the partners' decision and opens the local review it leads to: a
 * local case review (its 45 working days counted from the decision, §4.2 table) or a good outcome
 * review (§5.3). One per Rapid Review.
 */
@ApplicationScoped
@Transactional
public class LocalReviewsAfterRapidReview {

    static final String RECORD_TYPE = "follow-on-review";

    @Inject
    private ReviewAccess access;

    @Inject
    private ReviewWork work;

    @Inject
    private ReviewLookup lookup;

    @Inject
    private ReviewOpening opening;

    @Inject
    private RapidReviewOutcomes outcomes;

    @Inject
    private PracticeReviewRepository practiceReviews;

    @Inject
    private AuditTrail audit;

    @Inject
    private java.time.Clock clock;

    /** What Rapid Review {@code rapidReviewId}'s page says of a local review after it; empty for another kind. */
    public Optional<LocalReviewOffer> offerAfter(String rapidReviewId) {
        Caller caller = access.requireOn(rapidReviewId, ReviewAct.SEE, AuditAction.VIEW, RECORD_TYPE, rapidReviewId);
        ReviewSummary rapid = work.review(rapidReviewId, AuditAction.VIEW, RECORD_TYPE);
        if (rapid.kind() != ReviewKind.RAPID_REVIEW) {
            return Optional.empty();
        }
        boolean recommends = recommendsLocalReview(rapid);
        Optional<FollowOnReview> opened = practiceReviews.followOnAfter(rapid.id());
        boolean mayOpen = recommends && opened.isEmpty() && rapid.handedOverTo() == null
                && ReviewAct.RUN.allowsEverywhere(caller.roles());
        return Optional.of(new LocalReviewOffer(recommends, opened.map(FollowOnReview::reviewId).orElse(null),
                opened.flatMap(f -> lookup.find(f.reviewId())).map(ReviewSummary::reference).orElse(null),
                opened.map(FollowOnReview::kind).orElse(null), opened.map(FollowOnReview::decidedOn).orElse(null),
                opened.map(FollowOnReview::rationale).orElse(null), mayOpen,
                kindsOffered().stream().map(ReviewKind::key).toList()));
    }

    /**
     * Records the partners' decision and opens the local review: refused unless the Rapid Review's
     * settled outcome is another type of local review, once one was opened, and beside the field for
     * a kind not offered, a day outside the Rapid Review's opening to today, or no reasons.
     */
    public ReviewSummary open(String rapidReviewId, String kindKey, java.time.LocalDate decidedOn, String rationale) {
        Caller caller = access.requireOn(rapidReviewId, ReviewAct.RUN, AuditAction.CREATE, RECORD_TYPE, rapidReviewId);
        ReviewSummary rapid = work.review(rapidReviewId, AuditAction.CREATE, RECORD_TYPE);
        if (rapid.kind() != ReviewKind.RAPID_REVIEW) {
            throw RefusedException.because("practicereview.local-reviews-after-rapid-review.not-rapid-review",
                    rapid.reference());
        }
        rapid.requireOpen();
        if (!recommendsLocalReview(rapid)) {
            throw RefusedException.because("practicereview.local-reviews-after-rapid-review.outcome-not-settled-another-type", rapid.reference());
        }
        practiceReviews.followOnAfter(rapid.id()).ifPresent(done -> {
            throw RefusedException.because("practicereview.local-reviews-after-rapid-review.local-review-was-already-opened", rapid.reference(), lookup.find(done.reviewId()).map(ReviewSummary::reference).orElse(""));
        });
        ReviewKind kind = kindsOffered().stream().filter(k -> k.key().equals(kindKey)).findFirst().orElseThrow(
                () -> InvalidFieldException.refused("localKind",
                        "practicereview.local-reviews-after-rapid-review.choose-kind-local-review"));
        FollowOnReview.Decision decision = FollowOnReview.Decision.of(decidedOn, rationale,
                rapid.openedAt().atZoneSameInstant(DeadlineCalculator.UK).toLocalDate(), work.today());
        ZonedDateTime decided = work.dayOf(decision.decidedOn());
        // The partners' decision is the event a local review's clocks count from (§4.2 table: 45
        // working days for a local case review); a kind whose clocks count from none starts none.
        Map<StartEvent, ZonedDateTime> events = Map.of(StartEvent.LOCAL_CASE_REVIEW_DECIDED, decided);
        ReviewSummary local = opening.openAfter(rapid.id(), kind, events);
        practiceReviews.add(FollowOnReview.of(local.id(), rapid.id(), rapid.reference(), kind.key(), decision,
                caller.username(), OffsetDateTime.now(clock)));
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, local.id(), local.reference() + " opened on the partners'"
                + " decision of " + decision.decidedOn() + " after " + rapid.reference() + ": " + decision.rationale());
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, rapid.id(), "local review " + local.reference()
                + " opened after " + rapid.reference());
        return local;
    }

    /**
     * The kinds a Rapid Review's "other local review" may lead to: those the partnership's kinds of
     * review say the decision opens (shipped: a local case review or a good outcome review).
     */
    private List<ReviewKind> kindsOffered() {
        return opening.kindsOpenedBy(RapidReviewOpeningDecisions.LOCAL_REVIEW);
    }

    private boolean recommendsLocalReview(ReviewSummary rapid) {
        return outcomes.settled(rapid).map(s -> s.recommendation() == Recommendation.OTHER_LOCAL_REVIEW).orElse(false);
    }
}
