package uk.safeguarding.reviews.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.review.domain.Review;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.review.domain.ReviewAssignment;
import uk.safeguarding.reviews.review.domain.ReviewAssignmentRepository;
import uk.safeguarding.reviews.review.domain.ReviewPart;
import uk.safeguarding.reviews.review.domain.ReviewRepository;
import uk.safeguarding.reviews.kernel.mail.Outbox;
import uk.safeguarding.reviews.kernel.mail.OutboxMessage;
import uk.safeguarding.reviews.kernel.mail.OutgoingMail;
import uk.safeguarding.reviews.tenancy.api.PartnershipAddresses;
import uk.safeguarding.reviews.tenancy.api.TenantContext;
import uk.safeguarding.reviews.thresholds.application.ThresholdsService;

/**
 * The people assigned to a review (issue 14 §1): the business manager gives and ends assignments,
 * except the chair's, which the Practice Review Sub-Group's chair gives and ends (§7.6); each is
 * audited, and the review's people see who is on it. An assignment is what lets a reviewer see that
 * review and no other ({@link ReviewAccess#requireOn}).
 */
@ApplicationScoped
@Transactional
public class ReviewAssignments {

    static final String RECORD_TYPE = "review-assignment";

    @Inject
    private ReviewAssignmentRepository assignments;

    @Inject
    private ReviewRepository reviews;

    @Inject
    private ThresholdsService thresholds;

    @Inject
    private ReviewAccess access;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private PartnershipAddresses addresses;

    @Inject
    private Outbox outbox;

    public List<AssignmentView> ofReview(String reviewId) {
        access.requireOn(reviewId, ReviewAct.SEE, AuditAction.LIST, RECORD_TYPE, reviewId);
        Review review = review(reviewId, AuditAction.LIST);
        return assignments.ofReview(review.id()).stream().map(AssignmentView::of).toList();
    }

    /**
     * §7.6, §8.1: someone is given a part in the review; a chair, chosen by the PRSG chair with their
     * independence declared (§3.1), is also the review's named chair.
     */
    public AssignmentView assign(String reviewId, AssignmentForm form) {
        Caller caller = access.require(whoGives(form.getPart()), AuditAction.CREATE, RECORD_TYPE, reviewId);
        Review review = review(reviewId, AuditAction.CREATE);
        review.requireOpen();
        ReviewAssignment given = ReviewAssignment.give(review.id(), form.getUsername(), form.getPersonName(),
                form.getPart(), form.getRepresents(), form.isIndependent(), form.getConflicts(),
                thresholds.statutoryPartners(review.thresholdVersion()), caller.username(),
                OffsetDateTime.now(clock));
        List<ReviewAssignment> current = assignments.ofReview(review.id()).stream().filter(ReviewAssignment::isActive)
                .toList();
        if (given.part() == ReviewPart.CHAIR && current.stream().anyMatch(a -> a.part() == ReviewPart.CHAIR)) {
            throw RefusedException.because("review.review-assignments.has-chair-end-their-assignment",
                    review.reference());
        }
        if (current.stream().anyMatch(a -> a.username().equalsIgnoreCase(given.username()) && a.part() == given.part())) {
            throw RefusedException.because("review.review-assignments.already", given.personName(),
                    given.part().label().toLowerCase(
                    java.util.Locale.UK), review.reference());
        }
        assignments.add(given);
        if (given.part() == ReviewPart.CHAIR) {
            review.assignChair(given.personName());
        }
        tell(given, review);
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, given.id(), given.personName() + " (" + given.username()
                + ") assigned to " + review.reference() + " as " + given.part().label()
                + (given.represents() == null ? "" : " for " + given.represents())
                + (given.part() == ReviewPart.CHAIR ? "; independence declared" + (given.conflicts() == null
                        ? ", no conflicts listed" : ", conflicts: " + given.conflicts()) : "")
                + (given.toldTo() == null ? "; not e-mailed: no address known in this partnership"
                        : "; e-mailed to " + given.toldTo()));
        return AssignmentView.of(given);
    }

    /**
     * Issue 14 §2: the person learns of their part by e-mail with a link, at the address the sign-in
     * service holds for them in this partnership (nobody outside it is found). The mail names the
     * review's reference and their part, never the case: mail leaves the product's access control. If
     * no address is known, or the sign-in service cannot be reached, the assignment stands and the
     * review's people say they were not e-mailed.
     */
    private void tell(ReviewAssignment given, Review review) {
        addresses.emailOf(given.username()).ifPresent(to -> {
            outbox.write(new OutgoingMail(to, "You have a part in review " + review.reference(), "You have been"
                    + " given a part in review " + review.reference() + ": " + given.part().label().toLowerCase(
                            java.util.Locale.UK) + ". Sign in to see the review and what waits for you: "
                    + OutboxMessage.APP + "/safeguarding/app/reviews/view.xhtml?id=" + review.id() + "\n"));
            given.told(to, OffsetDateTime.now(clock));
        });
    }

    /** The assignment ends, with a reason; the person no longer sees the review through it. */
    public AssignmentView end(String assignmentId, String reason) {
        access.requireSomewhere(ReviewAct.SEE, AuditAction.UPDATE, RECORD_TYPE, assignmentId);
        ReviewAssignment assignment = assignments.find(assignmentId)
                .orElseThrow(() -> audit.notFound(AuditAction.UPDATE, RECORD_TYPE, assignmentId));
        Caller caller = access.require(whoGives(assignment.part()), AuditAction.UPDATE, RECORD_TYPE, assignmentId);
        Review review = review(assignment.reviewId(), AuditAction.UPDATE);
        review.requireOpen();
        assignment.end(reason, caller.username(), OffsetDateTime.now(clock));
        if (assignment.part() == ReviewPart.CHAIR) {
            review.clearChair();
        }
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, assignment.id(), assignment.personName() + "'s assignment to "
                + review.reference() + " as " + assignment.part().label() + " ended: " + assignment.endReason());
        return AssignmentView.of(assignment);
    }

    /** The parts of a review the signed-in person may give and end: what their form offers. */
    public List<ReviewPart> partsTheCallerGives() {
        Set<Role> held = TenantContext.caller().roles();
        return Arrays.stream(ReviewPart.values()).filter(part -> whoGives(part).allowsEverywhere(held)).toList();
    }

    /** §7.6: the chair is the PRSG chair's choice; every other part the business manager's. */
    private static ReviewAct whoGives(ReviewPart part) {
        return part == ReviewPart.CHAIR ? ReviewAct.APPOINT_CHAIR : ReviewAct.RUN;
    }

    private Review review(String id, AuditAction action) {
        return reviews.find(id == null ? "" : id.strip())
                .orElseThrow(() -> audit.notFound(action, ReviewService.RECORD_TYPE, id));
    }
}
