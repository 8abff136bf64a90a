package uk.safeguarding.reviews.rapidreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import uk.safeguarding.reviews.agencies.application.AgencyLookup;
import uk.safeguarding.reviews.agencies.domain.AgencyKind;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.review.application.NationalPanelNotice;
import uk.safeguarding.reviews.review.application.ReviewAccess;
import uk.safeguarding.reviews.review.application.ReviewEngine;
import uk.safeguarding.reviews.review.application.ReviewService;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.ReviewAct;

/**
 * Issue 14 §4 item 1: the local authority's notification of a serious incident to the National
 * Panel (§4.2 table: within 5 working days of becoming aware) is often made after the referral is
 * decided. It is recorded on the review, with the date it was sent, by the local authority's
 * representative (a statutory partner who is a contact of the partnership's local authority
 * children's services, and whom the review names), or by the business unit from the copy the local
 * authority sends the partnership (§7.4). It meets the notification's clock and starts the Rapid
 * Review's 15 days where the partnership counts them from the notification.
 */
@ApplicationScoped
@Transactional
public class NationalPanelNotifications {

    @Inject
    private ReviewAccess access;

    @Inject
    private ReviewEngine engine;

    @Inject
    private ReviewService reviews;

    @Inject
    private AgencyLookup agencies;

    @Inject
    private AuditTrail audit;

    public NationalPanelNotice record(String reviewId, LocalDate sentOn, LocalDate copyReceivedOn) {
        Caller caller = access.requireOn(reviewId, ReviewAct.RECORD_NOTIFICATION,
                AuditAction.UPDATE, ReviewSummary.CLOCK_SUBJECT_TYPE, reviewId);
        if (!caller.hasRole(Role.BUSINESS_MANAGER) && !representsTheLocalAuthority(caller)) {
            audit.denied(AuditAction.UPDATE, ReviewSummary.CLOCK_SUBJECT_TYPE, reviewId, caller.username()
                    + " tried to record the National Panel notification without representing the local authority");
            throw new AccessDeniedException(caller.username() + " does not represent the local authority");
        }
        String id = reviews.view(reviewId).id();
        engine.nationalPanelNotified(id, sentOn, copyReceivedOn, caller.displayName() + " (" + caller.username() + ")");
        return reviews.nationalPanelNotice(id);
    }

    /** Whether the caller may record it here: the page offers the form only to them. */
    public boolean mayRecord(Caller caller) {
        return caller.hasRole(Role.BUSINESS_MANAGER)
                || caller.hasRole(Role.STATUTORY_PARTNER) && representsTheLocalAuthority(caller);
    }

    private boolean representsTheLocalAuthority(Caller caller) {
        return agencies.ofContact(caller.username()).stream()
                .anyMatch(a -> a.kind() == AgencyKind.LOCAL_AUTHORITY_CHILDRENS_SERVICES && a.isStatutoryPartner());
    }
}
