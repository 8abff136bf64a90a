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

    /** The clocks a review of each kind starts with; each starts when the event its rule counts from has happened. */
    static final Map<ReviewKind, List<String>> OPENING_CLOCKS = Map.of(
            ReviewKind.RAPID_REVIEW, List.of("information-requests", "rapid-review", "notify-national-panel"),
            ReviewKind.LOCAL_CASE_REVIEW, List.of("local-case-review"),
            ReviewKind.GOOD_OUTCOME_REVIEW, List.of());

    /** Clocks whose work is an event the referral may already record: met by it when the review opens. */
    static final Map<String, StartEvent> COMPLETED_BY = Map.of("notify-national-panel", StartEvent.NATIONAL_PANEL_NOTIFIED);

    @Inject
    private ReviewRepository reviews;

    @Inject
    private ClockService clocks;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private ReviewHandoverStore handovers;

    @Inject
    private Event<ReviewHandedOver> handedOver;

    /**
     * Opens the review a referral's decision calls for, and starts its clocks from the events that
     * have happened. Called by the referral service inside the decision's transaction, which has
     * already checked the caller.
     */
    public ReviewSummary openFromReferral(ReviewKind kind, String referralId, String referralReference,
            int thresholdVersion, Map<StartEvent, ZonedDateTime> events) {
        Caller caller = TenantContext.caller();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Review review = Review.open(Review.reference(kind, now.getYear(), reviews.nextNumber()), kind, referralId,
                referralReference, thresholdVersion, caller.username(), now);
        reviews.add(review);
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, review.id(), review.reference() + " opened from "
                + referralReference);
        ClockSubject subject = new ClockSubject(Review.CLOCK_SUBJECT_TYPE, review.id(), review.reference());
        OPENING_CLOCKS.get(kind).forEach(key -> clocks.startOnEvents(subject, clocks.businessUnit(), key, events)
                .ifPresent(started -> {
                    StartEvent completing = COMPLETED_BY.get(key);
                    if (completing != null && events.containsKey(completing)) {
                        clocks.meet(subject, key, events.get(completing));
                    }
                }));
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
                .orElseThrow(() -> new uk.safeguarding.reviews.kernel.RefusedException("The review to hand over is no longer there"));
        String newId = java.util.UUID.randomUUID().toString();
        String reference = Review.reference(kind, OffsetDateTime.now(clock).getYear(), reviews.nextNumber());
        handovers.copyInto(source, sourceReviewId, here, newId, reference, referralId, referralReference, thresholdVersion);
        if (!handovers.markHandedOver(source, sourceReviewId, here.displayName() + " (" + reference + ")")) {
            throw new InvalidFieldException("handover", "The review was already handed over; nothing was copied");
        }
        clocks.takeOver(source, Review.CLOCK_SUBJECT_TYPE, sourceReviewId,
                new ClockSubject(Review.CLOCK_SUBJECT_TYPE, newId, reference), open -> clocks.businessUnit());
        handedOver.fire(new ReviewHandedOver(source, sourceReviewId, newId, reference));
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, newId, reference + " received by handover from "
                + source.displayName());
        audit.allowedIn(source, AuditAction.UPDATE, RECORD_TYPE, sourceReviewId, "handed over to " + here.displayName()
                + " as " + reference + "; read-only here");
        return ReviewSummary.of(reviews.find(newId).orElseThrow());
    }
}
