package uk.safeguarding.reviews.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.review.domain.ReviewAssignmentRepository;

/**
 * The one answer to "may this person do this to this review" (issue 13 §2), asked by every review
 * service: by role across the partnership ({@link ReviewAct}), or, for a role that holds the act
 * only on its own reviews (a reviewer), through an assignment to that review (issue 14 §1). A
 * refusal is audited where it happens; a review the person is not assigned to is "not found".
 */
@ApplicationScoped
@Transactional
public class ReviewAccess {

    @Inject
    private RoleGate roles;

    @Inject
    private ReviewAssignmentRepository assignments;

    @Inject
    private AuditTrail audit;

    /**
     * The caller, if a role of theirs may do {@code act} on any review; {@code recordType} and
     * {@code recordId} name what the trail records. Use {@link #requireOn} where a review is named.
     */
    public Caller require(ReviewAct act, AuditAction action, String recordType, String recordId) {
        return roles.require(action, recordType, recordId, act.wideRoles().toArray(Role[]::new));
    }

    /**
     * The caller, if a role of theirs may do {@code act} anywhere: across the partnership, or on the
     * reviews assigned to them (the caller then narrows what it shows to those, as a list does).
     */
    public Caller requireSomewhere(ReviewAct act, AuditAction action, String recordType, String recordId) {
        return roles.require(action, recordType, recordId, act.roles().toArray(Role[]::new));
    }

    /**
     * The caller, if they may do {@code act} on review {@code reviewId}: by a role that holds it
     * across the partnership, or by one that holds it on assigned reviews and an assignment to this
     * one. Otherwise the review is not found for them, and the attempt is audited.
     */
    public Caller requireOn(String reviewId, ReviewAct act, AuditAction action, String recordType, String recordId) {
        Caller caller = roles.require(action, recordType, recordId, act.roles().toArray(Role[]::new));
        if (act.allowsEverywhere(caller.roles())) {
            return caller;
        }
        String review = reviewId == null ? "" : reviewId.strip();
        if (!assignments.activeOf(review, caller.username()).isEmpty()) {
            return caller;
        }
        throw audit.notFound(action, recordType, recordId);
    }
}
