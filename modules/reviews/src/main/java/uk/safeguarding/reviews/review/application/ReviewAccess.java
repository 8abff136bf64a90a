package uk.safeguarding.reviews.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.review.domain.ReviewAct;

/**
 * The one answer to "may this person do this to this review" (issue 13 §2), asked by every review
 * service: by role in the partnership today ({@link ReviewAct}); per-review assignments plug in here.
 * A refusal is audited where it happens.
 */
@ApplicationScoped
@Transactional
public class ReviewAccess {

    @Inject
    private RoleGate roles;

    /** The caller, if they may do {@code act}; {@code recordType} and {@code recordId} name what the trail records. */
    public Caller require(ReviewAct act, AuditAction action, String recordType, String recordId) {
        return roles.require(action, recordType, recordId, act.roles().toArray(Role[]::new));
    }
}
