package uk.safeguarding.reviews.web.practicereview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguarding.reviews.practicereview.application.AgencyLessonsForm;
import uk.safeguarding.reviews.practicereview.application.AgencyReviewView;
import uk.safeguarding.reviews.practicereview.application.IndividualAgencyReviews;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * An agency's contact on their agency's individual agency review (§4.2 table): what the partnership
 * asked, the lessons sent in earlier rounds with the reasons any came back, and the lessons to send.
 */
@Named
@ViewScoped
public class AgencyReviewTaskPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private IndividualAgencyReviews agencyReviews;

    private String id;
    private AgencyReviewView task;
    private final AgencyLessonsForm form = new AgencyLessonsForm();

    public void load() {
        task = Pages.shownOrNull(() -> agencyReviews.task(id));
    }

    public String send() {
        return FormActions.attempt("lessonsForm", "send", () -> agencyReviews.send(id, form), "agencyReview.sent",
                "/app/agency/agency-review?faces-redirect=true&id=" + id);
    }

    public AgencyReviewView getTask() {
        return task;
    }

    public AgencyLessonsForm getForm() {
        return form;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
