package uk.safeguarding.reviews.web.practicereview;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.practicereview.application.TermsForm;
import uk.safeguarding.reviews.practicereview.application.TermsOfReferences;
import uk.safeguarding.reviews.practicereview.application.TermsView;
import uk.safeguarding.reviews.review.application.ReviewService;
import uk.safeguarding.reviews.review.application.ReviewStageView;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * A review's terms of reference (§8.1-8.3): the version in force, the latest, every version, and the
 * forms to draft the next version (started from the latest), record the review group's agreement and
 * the Practice Review Sub-Group's sign-off.
 */
@Named
@ViewScoped
public class TermsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private TermsOfReferences terms;

    @Inject
    private ReviewService reviews;

    private String id;
    private TermsView view;
    private ReviewStageView stage;
    private final TermsForm form = new TermsForm();

    public void load() {
        try {
            view = terms.of(id);
            stage = reviews.stage(id);
            if (!FacesContext.getCurrentInstance().isPostback()) {
                view.latest().ifPresent(form::startFrom);
            }
        } catch (AccessDeniedException e) {
            view = null;
            Pages.forbidden();
        } catch (RecordNotFoundException e) {
            view = null;
            Pages.notFound();
        }
    }

    public String draft() {
        return FormActions.attempt("draftForm", "draft", () -> terms.draft(id, form), "terms.drafted", again());
    }

    public String agree() {
        return FormActions.attempt("agreeForm", "agree", () -> terms.agree(id, form), "terms.agreedDone", again());
    }

    public String signOff() {
        return FormActions.attempt("signOffForm", "signOff", () -> terms.signOff(id, form), "terms.signedOffDone",
                again());
    }

    private String again() {
        return "/app/reviews/terms?faces-redirect=true&id=" + id;
    }

    /** Whether a version can be drafted now: by this person, at a stage with the capability. */
    public boolean isMayDraftNow() {
        return view != null && view.mayDraft() && stage != null && stage.stageAllows("terms-of-reference");
    }

    public TermsView getView() {
        return view;
    }

    public TermsForm getForm() {
        return form;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
