package uk.safeguarding.reviews.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.review.application.AssignmentForm;
import uk.safeguarding.reviews.review.application.AssignmentView;
import uk.safeguarding.reviews.review.application.ReviewAssignments;
import uk.safeguarding.reviews.review.domain.ReviewPart;
import uk.safeguarding.reviews.web.shell.FormActions;

/**
 * The review page's people (issue 14 §1): who is assigned to the review and as what, and the
 * business manager's forms to assign someone and to end an assignment. One bean for this section's
 * forms; the review page's other sections have their own.
 */
@Named
@ViewScoped
public class ReviewPeoplePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ReviewAssignments assignments;

    private String id;
    private List<AssignmentView> people = List.of();
    private final AssignmentForm form = new AssignmentForm();
    private String endReason;

    /** Loads quietly: the review page itself answers for a review that is not there or not theirs. */
    public void load() {
        try {
            people = assignments.ofReview(id);
        } catch (AccessDeniedException | RecordNotFoundException e) {
            people = List.of();
        }
    }

    public String assign() {
        return FormActions.attempt("peopleForm", "assign", () -> assignments.assign(id, form), "review.people.assigned",
                again());
    }

    public String end(String assignmentId) {
        return FormActions.attempt("endForm", "end", () -> assignments.end(assignmentId, endReason),
                "review.people.ended", again());
    }

    private String again() {
        return "/app/reviews/view?faces-redirect=true&id=" + id;
    }

    public ReviewPart[] getParts() {
        return ReviewPart.values();
    }

    public List<AssignmentView> getPeople() {
        return people;
    }

    public boolean isAnyActive() {
        return people.stream().anyMatch(AssignmentView::active);
    }

    public AssignmentForm getForm() {
        return form;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getEndReason() {
        return endReason;
    }

    public void setEndReason(String endReason) {
        this.endReason = endReason;
    }
}
