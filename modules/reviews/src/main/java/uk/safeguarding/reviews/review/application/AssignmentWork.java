package uk.safeguarding.reviews.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.work.WorkItem;
import uk.safeguarding.reviews.kernel.work.WorkSource;
import uk.safeguarding.reviews.review.domain.ReviewAssignmentRepository;
import uk.safeguarding.reviews.review.domain.ReviewRepository;

/** The reviews the caller is assigned to and what their part is (issue 14 §1-2), until the assignment ends. */
@ApplicationScoped
@Transactional
public class AssignmentWork implements WorkSource {

    @Inject
    private ReviewAssignmentRepository assignments;

    @Inject
    private ReviewRepository reviews;

    @Override
    public List<WorkItem> waitingFor(Caller caller, int limit) {
        return assignments.activeOfPerson(caller.username(), limit).stream()
                .flatMap(a -> reviews.find(a.reviewId()).filter(r -> r.handedOverTo() == null).stream()
                        .map(r -> new WorkItem("Your part in the review: " + a.part().label().toLowerCase(Locale.UK),
                                r.reference(), "/app/reviews/view.xhtml?id=" + r.id(), null, false, null)))
                .toList();
    }
}
