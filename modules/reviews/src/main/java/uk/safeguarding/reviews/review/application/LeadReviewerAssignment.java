package uk.safeguarding.reviews.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.kernel.InternalApi;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.review.domain.Review;
import uk.safeguarding.reviews.review.domain.ReviewAssignment;
import uk.safeguarding.reviews.review.domain.ReviewAssignmentRepository;
import uk.safeguarding.reviews.review.domain.ReviewPart;
import uk.safeguarding.reviews.review.domain.ReviewRepository;

/**
 * §8.1: the lead reviewer the Virtual Panel appointed is assigned to that review, and to no other
 * (issue 14 §1): the assignment is what lets them see it. Called inside the appointment's
 * transaction by the service that checked the appointment and its caller.
 */
@InternalApi
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LeadReviewerAssignment {

    @Inject
    private ReviewRepository reviews;

    @Inject
    private ReviewAssignmentRepository assignments;

    @Inject
    private AuditTrail audit;

    /** Refused if the review already has a lead reviewer whose assignment has not ended. */
    public AssignmentView give(String reviewId, String username, String personName, String conflicts, String by,
            OffsetDateTime at) {
        Review review = reviews.find(reviewId).orElseThrow(() ->
                RefusedException.because("review.lead-reviewer-assignment.review-no-longer-there"));
        review.requireOpen();
        if (assignments.ofReview(reviewId).stream()
                .anyMatch(a -> a.isActive() && a.part() == ReviewPart.LEAD_REVIEWER)) {
            throw RefusedException.because("review.lead-reviewer-assignment.has-lead-reviewer-end-their",
                    review.reference());
        }
        ReviewAssignment given = ReviewAssignment.give(reviewId, username, personName, ReviewPart.LEAD_REVIEWER, null,
                true, conflicts, List.of(), by, at);
        assignments.add(given);
        audit.allowed(AuditAction.CREATE, ReviewAssignments.RECORD_TYPE, given.id(), given.personName() + " ("
                + given.username() + ") appointed lead reviewer of " + review.reference() + "; independence declared"
                + (given.conflicts() == null ? ", no conflicts listed" : ", conflicts: " + given.conflicts()));
        return AssignmentView.of(given);
    }
}
