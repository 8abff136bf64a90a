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
import uk.safeguarding.reviews.review.domain.ReviewRepository;

/**
 * The one answer to "may this person do this to this review" (issue 13 §2), asked by every review
 * service: by role in the partnership today ({@link ReviewAct}); per-review assignments plug in here.
 * A refusal is audited where it happens; a review of another partnership, or none, is not found
 * (audited).
 */
@ApplicationScoped
@Transactional
public class ReviewAccess {

    @Inject
    private RoleGate roles;

    @Inject
    private ReviewRepository reviews;

    @Inject
    private AuditTrail audit;

    /** The caller, if they may do {@code act}; {@code recordType} and {@code recordId} name what the trail records. */
    public Caller require(ReviewAct act, AuditAction action, String recordType, String recordId) {
        return roles.require(action, recordType, recordId, act.roles().toArray(Role[]::new));
    }

    /** The review, if the caller may do {@code act} to it and it is this partnership's. */
    public ReviewSummary review(ReviewAct act, AuditAction action, String recordType, String reviewId) {
        require(act, action, recordType, reviewId);
        return reviews.find(reviewId == null ? "" : reviewId.strip()).map(ReviewSummary::of)
                .orElseThrow(() -> audit.notFound(action, ReviewService.RECORD_TYPE, reviewId));
    }
}
