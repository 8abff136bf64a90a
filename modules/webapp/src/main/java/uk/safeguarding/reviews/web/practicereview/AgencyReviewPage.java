package uk.safeguarding.reviews.web.practicereview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguarding.reviews.practicereview.application.AgencyReviewForm;
import uk.safeguarding.reviews.practicereview.application.AgencyReviewView;
import uk.safeguarding.reviews.practicereview.application.IndividualAgencyReviews;
import uk.safeguarding.reviews.practicereview.domain.AgencyReviewRound;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * The business unit's page of an individual agency review (§4.2 table): the agency named with its
 * lead and what to look at, each round of lessons, and the scrutiny of the latest.
 */
@Named
@ViewScoped
public class AgencyReviewPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private IndividualAgencyReviews agencyReviews;

    private String id;
    private AgencyReviewView view;
    private final AgencyReviewForm form = new AgencyReviewForm();

    public void load() {
        view = Pages.shownOrNull(() -> agencyReviews.of(id));
    }

    public String commission() {
        return FormActions.attempt("commissionForm", "commission", () -> agencyReviews.commission(id, form),
                "agencyReview.commissioned", again());
    }

    public String scrutinise() {
        return FormActions.attempt("scrutinyForm", "scrutinise", () -> agencyReviews.scrutinise(id, form),
                "agencyReview.scrutinised", again());
    }

    private String again() {
        return "/app/reviews/agency-review?faces-redirect=true&id=" + id;
    }

    public List<AgencyReviewRound.Judgement> getJudgements() {
        return List.of(AgencyReviewRound.Judgement.values());
    }

    public AgencyReviewView getView() {
        return view;
    }

    public AgencyReviewForm getForm() {
        return form;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
