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
 * The review page's people (issue 14 §1): who is assigned to the review and as what, and the forms
 * to assign someone and to end an assignment, offering each person the parts they give. One bean for this section's
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
    private List<ReviewPart> parts = List.of();
    private final AssignmentForm form = new AssignmentForm();
    private String endReason;

    /** Loads quietly: the review page itself answers for a review that is not there or not theirs. */
    public void load() {
        try {
            people = assignments.ofReview(id);
            parts = assignments.partsTheCallerGives();
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

    /** The parts this person gives: the chair for the PRSG chair (§7.6), the others for the business manager. */
    public List<ReviewPart> getParts() {
        return parts;
    }

    public boolean isGivesChair() {
        return parts.contains(ReviewPart.CHAIR);
    }

    public boolean isGivesRepresentatives() {
        return parts.contains(ReviewPart.PARTNER_REPRESENTATIVE);
    }

    public boolean mayEnd(AssignmentView assignment) {
        return assignment.active() && parts.contains(assignment.part());
    }

    public boolean isMayEndAny() {
        return people.stream().anyMatch(this::mayEnd);
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
