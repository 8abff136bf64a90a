package uk.safeguarding.reviews.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.application.ClockLine;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.PlainDates;
import uk.safeguarding.reviews.kernel.Texts;
import uk.safeguarding.reviews.referral.domain.Referral;
import uk.safeguarding.reviews.referral.domain.ReferralRepository;
import uk.safeguarding.reviews.referral.domain.ReferralStatus;
import uk.safeguarding.reviews.referral.infrastructure.ReferralHandoverStore;
import uk.safeguarding.reviews.review.application.ReviewOpening;
import uk.safeguarding.reviews.review.application.ReviewService;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;
import uk.safeguarding.reviews.tenancy.api.TenantContext;
import uk.safeguarding.reviews.thresholds.application.ThresholdsService;

/**
 * A referral's side of a handover between partnerships (issue 6, §10.2): what the proposing
 * partnership shares of it, and its arrival in the receiving one. The handover service has checked
 * the caller; this runs inside its transaction.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class ReferralTransfer {

    private static final java.time.format.DateTimeFormatter HOUR_AND_MINUTE =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    @Inject
    private ReferralAccess access;

    @Inject
    private ReferralRepository referrals;

    @Inject
    private ReferralHandoverStore store;

    @Inject
    private ClockService clocks;

    @Inject
    private ThresholdsService thresholds;

    @Inject
    private AuditTrail audit;

    @Inject
    private ReviewService reviews;

    @Inject
    private ReviewOpening opening;

    @Inject
    private Event<ReferralSubmitted> submittedEvents;

    @Inject
    private Clock clock;

    /** What a handover proposal records of the referral: only a referral awaiting its decision can go. */
    public HandoverSubject subject(String referralId) {
        Referral referral = access.find(referralId, AuditAction.UPDATE);
        boolean openReview = referral.status() == ReferralStatus.DECIDED && referral.reviewId() != null;
        if (referral.status() != ReferralStatus.SUBMITTED && referral.status() != ReferralStatus.WITH_PANEL
                && !openReview) {
            throw InvalidFieldException.refused("toPartnership",
                    "referral.referral-transfer.cannot-handed-over-only-referral", referral.label(),
                    referral.status().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        if (openReview) {
            reviews.view(referral.reviewId()).requireOpen();
        }
        java.util.stream.Stream<ClockLine> lines = clocks.ofSubject(ReferralAccess.CLOCK_SUBJECT_TYPE, referral.id())
                .stream();
        if (openReview) {
            lines = java.util.stream.Stream.concat(lines, clocks.ofSubject("review", referral.reviewId()).stream());
        }
        String clocksUnderUs = lines.map(ReferralTransfer::describe).collect(Collectors.joining("\n"));
        return new HandoverSubject(referral.id(), referral.reference(), String.join(", ", referral.childInitials()),
                clocksUnderUs);
    }

    /**
     * A clock as the receiving partnership reads it (issue 15): what it is for, in the policy's words,
     * when it is due, and where it stands; "§7.5: forward to the Virtual Panel within 24 hours of
     * receipt: due 3 December 2026 at 04:56 (met)".
     */
    static String describe(ClockLine line) {
        ZonedDateTime due = line.dueBy().withZoneSameInstant(DeadlineCalculator.UK);
        String when = line.dueAtATime() ? PlainDates.day(due.toLocalDate()) + " at " + HOUR_AND_MINUTE.format(due)
                : PlainDates.day(line.dueDay());
        String what = Texts.isBlank(line.policyReference()) ? line.ruleKey() : line.policyReference();
        return what + ": due " + when + " (" + line.status().name().toLowerCase(Locale.UK).replace('_', ' ') + ")";
    }


    /**
     * Copies the referral from the proposing partnership into this one with a reference of ours,
     * starts our clocks under our rules, marks the original handed over and closes its clocks, and
     * records it in both trails: all in the caller's transaction, so all of it or none of it.
     */
    public Received receive(ActiveTenant source, String sourceReferralId, String sourceReference, String handoverId) {
        ActiveTenant receiving = TenantContext.tenant();
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(DeadlineCalculator.UK);
        OffsetDateTime at = now.toOffsetDateTime();
        String newId = Referral.newId();
        String reference = String.format(Locale.ROOT, "REF-%d-%04d", now.getYear(), referrals.nextReferenceNumber());
        int thresholdVersion = thresholds.inForce().version();
        Optional<String> sourceReview = store.reviewOf(source, sourceReferralId);
        store.copyInto(source, sourceReferralId, receiving, newId, reference, thresholdVersion,
                source.displayName() + " (" + sourceReference + ")", at);
        if (!store.markHandedOver(source, sourceReferralId, receiving.displayName() + " (" + reference + ")", at,
                sourceReview.isPresent())) {
            throw InvalidFieldException.refused("handover",
                    "referral.referral-transfer.no-longer-was-when-handover", sourceReference, source.displayName());
        }
        clocks.closeAllIn(source, ReferralAccess.CLOCK_SUBJECT_TYPE, sourceReferralId);
        if (sourceReview.isPresent()) {
            // The open review, and everything done on it, comes with its referral (§10.2).
            ReviewSummary review = opening.receiveHandedOver(source, sourceReview.get(), newId, reference,
                    thresholdVersion);
            store.copyDecision(source, sourceReferralId, newId, review.id());
        } else {
            Referral copy = referrals.find(newId).orElseThrow();
            clocks.start(access.subject(copy), clocks.businessUnit(), "forward-to-panel", now);
        }
        // Arriving here is this partnership's submission of it: possible links are looked for from here too.
        submittedEvents.fire(new ReferralSubmitted(newId, reference, ReferralFacts.of(referrals.find(newId).orElseThrow())
                .children()));
        audit.allowed(AuditAction.CREATE, ReferralService.RECORD_TYPE, newId, "received by handover " + handoverId
                + " from " + source.displayName() + ", where it was " + sourceReference);
        audit.allowedIn(source, AuditAction.UPDATE, ReferralService.RECORD_TYPE, sourceReferralId, "handed over to "
                + receiving.displayName() + " as " + reference + " (handover " + handoverId + "); read-only here");
        return new Received(newId, reference);
    }

    /** A referral as a handover proposal records it: references and initials, no names. */
    public record HandoverSubject(String id, String reference, String childInitials, String clocks) {
    }

    /** The copy in the receiving partnership. */
    public record Received(String referralId, String reference) {
    }
}
