package uk.safeguarding.reviews.web.practicereview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.practicereview.application.Methodologies;
import uk.safeguarding.reviews.practicereview.application.MethodologyView;
import uk.safeguarding.reviews.web.shell.FormActions;

/** The review page's methodology (§4.4): the one chosen, with its rationale, and the form to choose. */
@Named
@ViewScoped
public class MethodologyPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private Methodologies methodologies;

    private String id;
    private MethodologyView view;
    private String methodology;
    private String rationale;

    /** Loads quietly: the review page itself answers for a review that is not there or not theirs. */
    public void load() {
        try {
            view = methodologies.of(id);
        } catch (AccessDeniedException | RecordNotFoundException e) {
            view = null;
        }
    }

    public String choose() {
        return FormActions.attempt("methodologyForm", "chooseMethodology",
                () -> methodologies.choose(id, methodology, rationale), "methodology.chosen",
                "/app/reviews/view?faces-redirect=true&id=" + id);
    }

    public MethodologyView getView() {
        return view;
    }

    public String getMethodology() {
        return methodology;
    }

    public void setMethodology(String methodology) {
        this.methodology = methodology;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
