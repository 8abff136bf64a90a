package uk.safeguarding.reviews.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.clocks.domain.ClockSubject;
import uk.safeguarding.reviews.clocks.domain.StartEvent;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InternalApi;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.review.domain.Review;
import uk.safeguarding.reviews.review.domain.ReviewRepository;
import uk.safeguarding.reviews.review.infrastructure.ReviewHandoverStore;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;
import uk.safeguarding.reviews.tenancy.api.TenantContext;
import uk.safeguarding.reviews.thresholds.domain.ReviewKind;

/**
 * Where reviews begin: from a referral's decision, or by handover from another partnership. Called
 * inside the transaction of a decision or a handover whose service has already checked its caller,
 * so it checks nothing itself and pages never use it.
 */
@InternalApi
@ApplicationScoped
@Transactional
public class ReviewOpening {

    private static final String RECORD_TYPE = ReviewService.RECORD_TYPE;

    @Inject
    private ReviewRepository reviews;

    @Inject
    private ClockService clocks;

    @Inject
    private ReviewEngine engine;

    @Inject
    private ReviewKinds kinds;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private ReviewHandoverStore handovers;

    @Inject
    private Event<ReviewHandedOver> handedOver;

    /**
     * Opens the review the referral's decision {@code decisionKey} calls for: of the kind whose
     * definition this partnership lists the decision in (refused if none does), at its first stage,
     * whose clocks start from the events that have happened. Called by the referral service inside the
     * decision's transaction, which has already checked the caller.
     */
    public ReviewSummary openFromReferral(String decisionKey, String referralId, String referralReference,
            int thresholdVersion, Map<StartEvent, ZonedDateTime> events) {
        ReviewKind kind = onlyKindOpenedBy(decisionKey);
        Review review = engine.open(kind, referralId, referralReference, thresholdVersion, events);
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, review.id(), review.reference() + " opened from "
                + referralReference);
        return ReviewSummary.of(review);
    }

    /**
     * The kinds the decision {@code decisionKey} opens in this partnership (its kinds' definitions
     * list it), for a page that lets the person deciding choose among them.
     */
    public List<ReviewKind> kindsOpenedBy(String decisionKey) {
        return kinds.openedBy(decisionKey).stream().map(key -> ReviewKind.ofKey(key).orElseThrow()).toList();
    }

    /**
     * The one kind the decision {@code decisionKey} opens; refused, with where to set it right, if no
     * kind of this partnership lists the decision (a business manager took it out of every kind).
     */
    public ReviewKind onlyKindOpenedBy(String decisionKey) {
        List<ReviewKind> opened = kindsOpenedBy(decisionKey);
        if (opened.size() != 1) {
            throw RefusedException.because(opened.isEmpty()
                    ? "review.review-opening.no-kind-opened-by" : "review.review-opening.several-kinds-opened-by",
                    kinds.decisionName(decisionKey));
        }
        return opened.get(0);
    }

    /**
     * §8.1: a fuller review the partners decided on after another review (a Child Safeguarding
     * Practice Review after a Rapid Review): about the same referral, under the same thresholds,
     * opened at the first stage of its kind, whose clocks start from {@code events} (the decision).
     * Called inside the transaction of a service that has checked its caller.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReviewSummary openAfter(String originReviewId, ReviewKind kind, Map<StartEvent, ZonedDateTime> events) {
        Review origin = reviews.find(originReviewId).orElseThrow(() ->
                RefusedException.because("review.review-opening.review-follows-no-longer-there"));
        origin.requireOpen();
        Review review = engine.open(kind, origin.referralId(), origin.referralReference(), origin.thresholdVersion(),
                events, "Commenced after " + origin.reference());
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, review.id(), review.reference() + " commenced after "
                + origin.reference() + " (referral " + origin.referralReference() + ")");
        return ReviewSummary.of(review);
    }

    /**
     * A review arriving with its referral by handover (issue 6, §10.2): copied under our reference and
     * thresholds, its open clocks closed there and started here from the same moments under our
     * rules, the original marked read-only, and the work done on it moved by the modules that own it.
     * Runs inside the handover's transaction, which has checked the caller.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReviewSummary receiveHandedOver(ActiveTenant source, String sourceReviewId, String referralId,
            String referralReference, int thresholdVersion) {
        ActiveTenant here = TenantContext.tenant();
        ReviewKind kind = handovers.kindIn(source, sourceReviewId)
                .orElseThrow(() ->
                        RefusedException.because("review.review-opening.review-hand-over-no-longer"));
        String newId = java.util.UUID.randomUUID().toString();
        ReviewKinds.KindVersion ours = kinds.opening(kind.key());
        String reference = ours.definition().reference(OffsetDateTime.now(clock).getYear(), reviews.nextNumber());
        handovers.copyInto(source, sourceReviewId, here, newId, reference, referralId, referralReference, thresholdVersion,
                ours.version());
        if (!handovers.markHandedOver(source, sourceReviewId, here.displayName() + " (" + reference + ")")) {
            throw InvalidFieldException.refused("handover", "review.review-opening.review-was-already-handed-over");
        }
        clocks.takeOver(source, Review.CLOCK_SUBJECT_TYPE, sourceReviewId,
                new ClockSubject(Review.CLOCK_SUBJECT_TYPE, newId, reference), open -> clocks.businessUnit());
        engine.received(newId, source.displayName());
        handedOver.fire(new ReviewHandedOver(source, sourceReviewId, newId, reference));
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, newId, reference + " received by handover from "
                + source.displayName());
        audit.allowedIn(source, AuditAction.UPDATE, RECORD_TYPE, sourceReviewId, "handed over to " + here.displayName()
                + " as " + reference + "; read-only here");
        return ReviewSummary.of(reviews.find(newId).orElseThrow());
    }
}
