package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.clocks.domain.StartEvent;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.practicereview.domain.Commencement;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.rapidreview.application.RapidReviewOutcomes;
import uk.safeguarding.reviews.rapidreview.application.RapidReviewOutcomes.SettledOutcome;
import uk.safeguarding.reviews.rapidreview.domain.Recommendation;
import uk.safeguarding.reviews.review.application.ReviewAccess;
import uk.safeguarding.reviews.review.application.ReviewLookup;
import uk.safeguarding.reviews.review.application.ReviewOpening;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.tenancy.api.TenantContext;
import uk.safeguarding.reviews.thresholds.domain.ReviewKind;

/**
 * §5.2, §8.1: a Child Safeguarding Practice Review begins when the partners decide on one after a
 * Rapid Review whose settled outcome recommends it ("ultimately ... always a local decision"), or when
 * the National Panel commissions it. The business manager records the decision on the Rapid Review;
 * the practice review opens at the first stage of its kind, its clocks (lead reviewer in 10 working
 * days, completion in 6 months, §4.2 table) counted from the decision.
 */
@ApplicationScoped
@Transactional
public class PracticeReviewCommencements {

    static final String RECORD_TYPE = "practice-review";

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
    private Clock clock;

    /**
     * What the page of Rapid Review {@code rapidReviewId} says about a practice review after it; empty
     * for a review of another kind.
     */
    public Optional<CommencementOffer> offerAfter(String rapidReviewId) {
        Caller caller = access.requireOn(rapidReviewId, ReviewAct.SEE, AuditAction.VIEW, RECORD_TYPE, rapidReviewId);
        ReviewSummary rapid = work.review(rapidReviewId, AuditAction.VIEW, RECORD_TYPE);
        if (rapid.kind() != ReviewKind.RAPID_REVIEW) {
            return Optional.empty();
        }
        Optional<SettledOutcome> settled = outcomes.settled(rapid);
        Optional<CommencementView> commenced = practiceReviews.commencedAfter(rapid.id()).map(c -> view(c, settled));
        boolean mayCommence = commenced.isEmpty() && rapid.handedOverTo() == null
                && ReviewAct.RUN.allowsEverywhere(caller.roles());
        return Optional.of(new CommencementOffer(settled.map(s -> s.recommendation().label()).orElse(null),
                settled.map(s -> s.recommendation() == Recommendation.CHILD_SAFEGUARDING_PRACTICE_REVIEW).orElse(false),
                settled.map(SettledOutcome::panelAgrees).orElse(null), settled.map(SettledOutcome::panelReasons)
                        .orElse(null), settled.map(SettledOutcome::panelRespondedOn).orElse(null),
                commenced.orElse(null), mayCommence));
    }

    /**
     * Records the decision and opens the practice review: refused, beside the field, without a date or
     * reasons, and unless the Rapid Review's settled outcome recommends it or the National Panel
     * commissioned it; refused if one was already commenced after this Rapid Review.
     */
    public ReviewSummary commence(String rapidReviewId, CommencementForm form) {
        Caller caller = access.requireOn(rapidReviewId, ReviewAct.RUN, AuditAction.CREATE, RECORD_TYPE, rapidReviewId);
        ReviewSummary rapid = work.review(rapidReviewId, AuditAction.CREATE, RECORD_TYPE);
        if (rapid.kind() != ReviewKind.RAPID_REVIEW) {
            throw RefusedException.because("practicereview.practice-review-commencements.child-safeguarding-practice-review-follows", rapid.reference());
        }
        rapid.requireOpen();
        practiceReviews.commencedAfter(rapid.id()).ifPresent(done -> {
            throw RefusedException.because("practicereview.practice-review-commencements.child-safeguarding-practice-review-was", rapid.reference(), lookup.find(done.reviewId()).map(ReviewSummary::reference).orElse(""));
        });
        LocalDate today = LocalDate.now(clock.withZone(DeadlineCalculator.UK));
        Commencement.Decision decision = Commencement.Decision.of(form.getDecidedOn(),
                form.isCommissionedByNationalPanel(), form.getRationale(),
                rapid.openedAt().atZoneSameInstant(DeadlineCalculator.UK).toLocalDate(), today);
        if (!decision.commissionedByNationalPanel()) {
            SettledOutcome settled = outcomes.settled(rapid).orElseThrow(() ->
                    InvalidFieldException.refused("commissionedByNationalPanel",
                    "practicereview.practice-review-commencements.outcome-not-settled-yet-7", rapid.reference()));
            if (settled.recommendation() != Recommendation.CHILD_SAFEGUARDING_PRACTICE_REVIEW) {
                throw InvalidFieldException.refused("commissionedByNationalPanel",
                        "practicereview.practice-review-commencements.settled-practice-review-follows-rapid",
                        rapid.reference(), settled.recommendation().label());
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        ZonedDateTime decided = work.dayOf(decision.decidedOn());
        ReviewSummary practiceReview = opening.openAfter(rapid.id(),
                opening.onlyKindOpenedBy(RapidReviewOpeningDecisions.PRACTICE_REVIEW),
                Map.of(StartEvent.CSPR_DECIDED, decided));
        practiceReviews.add(Commencement.of(practiceReview.id(), rapid.id(), rapid.reference(), decision,
                caller.username(), now));
        String how = decision.commissionedByNationalPanel() ? "commissioned by the National Panel"
                : "decided by the partners";
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, practiceReview.id(), practiceReview.reference() + " " + how
                + " on " + decision.decidedOn() + " after " + rapid.reference() + ": " + decision.rationale());
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, rapid.id(), "Child Safeguarding Practice Review "
                + practiceReview.reference() + " commenced after " + rapid.reference());
        return practiceReview;
    }

    /** How the practice review {@code reviewId} began; empty for a review that is not one commenced here. */
    public Optional<CommencementView> commencementOf(String reviewId) {
        access.requireOn(reviewId, ReviewAct.SEE, AuditAction.VIEW, RECORD_TYPE, reviewId);
        work.review(reviewId, AuditAction.VIEW, RECORD_TYPE);
        return practiceReviews.commencementOf(reviewId).map(c -> view(c, lookup.find(c.rapidReviewId())
                .flatMap(outcomes::settled)));
    }

    private CommencementView view(Commencement c, Optional<SettledOutcome> settled) {
        return new CommencementView(c.reviewId(), lookup.find(c.reviewId()).map(ReviewSummary::reference).orElse(""),
                c.rapidReviewId(), c.rapidReviewReference(), c.decidedOn(), c.commissionedByNationalPanel(),
                c.rationale(), c.recordedBy(), settled.map(SettledOutcome::panelAgrees).orElse(null),
                settled.map(SettledOutcome::panelReasons).orElse(null),
                settled.map(SettledOutcome::panelRespondedOn).orElse(null), c.panelInformedOn(), c.panelInformedBy(),
                c.reviewerDetailsSentOn(), c.reviewerDetailsSentBy());
    }

    /** Whether the signed-in person records what the business unit told the National Panel (§8.1). */
    public boolean mayInformPanel() {
        return ReviewAct.RUN.allowsEverywhere(TenantContext.caller().roles());
    }

    /**
     * §8.1: the business manager informed the National Panel of the decision on {@code on}, with the
     * lead reviewer's details if one is appointed and they went with it. Refused beside the field for
     * a date outside the decision to today, or reviewer's details when none is appointed yet.
     */
    public CommencementView panelInformed(String reviewId, LocalDate on, boolean withReviewerDetails) {
        Caller caller = access.requireOn(reviewId, ReviewAct.RUN, AuditAction.UPDATE, RECORD_TYPE, reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.UPDATE, RECORD_TYPE);
        review.requireOpen();
        Commencement commencement = practiceReviews.commencementOf(review.id())
                .orElseThrow(() -> audit.notFound(AuditAction.UPDATE, RECORD_TYPE, reviewId));
        commencement.panelInformed(on, withReviewerDetails, leadReviewerAppointedOn(review.id()), caller.username(),
                work.today());
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), "National Panel informed on " + on + " of "
                + review.reference() + (withReviewerDetails ? ", with the lead reviewer's details" : ""));
        return commencementOf(review.id()).orElseThrow();
    }

    /** §8.1: the lead reviewer's details sent to the National Panel after it was informed of the decision. */
    public CommencementView reviewerDetailsSent(String reviewId, LocalDate on) {
        Caller caller = access.requireOn(reviewId, ReviewAct.RUN, AuditAction.UPDATE, RECORD_TYPE, reviewId);
        ReviewSummary review = work.review(reviewId, AuditAction.UPDATE, RECORD_TYPE);
        review.requireOpen();
        Commencement commencement = practiceReviews.commencementOf(review.id())
                .orElseThrow(() -> audit.notFound(AuditAction.UPDATE, RECORD_TYPE, reviewId));
        commencement.reviewerDetailsSent(on, leadReviewerAppointedOn(review.id()), caller.username(), work.today());
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, review.id(), "lead reviewer's details of " + review.reference()
                + " sent to the National Panel on " + on);
        return commencementOf(review.id()).orElseThrow();
    }

    private LocalDate leadReviewerAppointedOn(String reviewId) {
        return practiceReviews.leadReviewerOf(reviewId)
                .map(a -> a.appointedAt().atZoneSameInstant(DeadlineCalculator.UK).toLocalDate()).orElse(null);
    }


}
