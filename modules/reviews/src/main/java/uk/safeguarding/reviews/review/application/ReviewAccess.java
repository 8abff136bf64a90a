package uk.safeguarding.reviews.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.tenancy.api.TenantContext;
import uk.safeguarding.reviews.review.domain.ReviewAssignmentRepository;

/**
 * The one answer to "may this person do this to this review" (issue 13 §2), asked by every review
 * service: by role across the partnership ({@link ReviewAct}), or, for a role that holds the act
 * only on the reviews that name the person (a reviewer, a statutory partner, the executive), through
 * an assignment to that review or a record on it that names them ({@link NamedOnReview}, issue 14
 * §1). A refusal is audited where it happens; a review that does not name the person is "not found".
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

    @Inject
    @Any
    private Instance<NamedOnReview> namings;

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
     * across the partnership, or by one that holds it on the reviews that name them and an assignment
     * to this one or a record on it naming them. Otherwise the review is not found for them, and the
     * attempt is audited.
     */
    public Caller requireOn(String reviewId, ReviewAct act, AuditAction action, String recordType, String recordId) {
        Caller caller = roles.require(action, recordType, recordId, act.roles().toArray(Role[]::new));
        if (act.allowsEverywhere(caller.roles())) {
            return caller;
        }
        if (names(reviewId, caller, act)) {
            return caller;
        }
        throw audit.notFound(action, recordType, recordId);
    }

    /**
     * Whether the signed-in person may do {@code act} on review {@code reviewId}, asked quietly: what
     * a page offers them. The act itself still goes through {@link #requireOn}.
     */
    public boolean mayOn(String reviewId, ReviewAct act) {
        Caller caller = TenantContext.caller();
        return act.allowsEverywhere(caller.roles()) || act.allows(caller.roles()) && names(reviewId, caller, act);
    }

    /** Whether an assignment to the review, or a record on it, names the caller in a way that gives {@code act}. */
    private boolean names(String reviewId, Caller caller, ReviewAct act) {
        String review = reviewId == null ? "" : reviewId.strip();
        if (assignments.activeOf(review, caller.username()).stream().anyMatch(a -> act.grantedBy(a.part()))) {
            return true;
        }
        if (!act.grantedBy(null)) {
            return false;
        }
        for (NamedOnReview naming : namings) {
            if (naming.names(review, caller)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The reviews that name the caller other than by an assignment (which a list reads in its own
     * query): what a list of reviews adds for someone who may not see them all.
     */
    public List<String> namedOutsideAssignments(Caller caller) {
        Set<String> ids = new LinkedHashSet<>();
        for (NamedOnReview naming : namings) {
            ids.addAll(naming.reviewsNaming(caller));
        }
        return List.copyOf(ids);
    }
}
