package uk.safeguarding.reviews.web.practicereview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguarding.reviews.practicereview.application.GoodPracticeForm;
import uk.safeguarding.reviews.practicereview.application.GoodPracticeLearning;
import uk.safeguarding.reviews.practicereview.application.GoodPracticeView;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * A Good Outcome Review's learning (§5.3): the summary the review agreed, each occasion it was shared
 * and the step that completes the review once it has gone to those who can use it.
 */
@Named
@ViewScoped
public class GoodPracticePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private GoodPracticeLearning learning;

    private String id;
    private GoodPracticeView view;
    private final GoodPracticeForm form = new GoodPracticeForm();

    public void load() {
        view = Pages.shownOrNull(() -> learning.of(id));
    }

    public String summarise() {
        return FormActions.attempt("summaryForm", "summarise", () -> learning.summarise(id, form),
                "goodPractice.summarised", again());
    }

    public String shared() {
        return FormActions.attempt("sharedForm", "share", () -> learning.shared(id, form), "goodPractice.sharedDone",
                again());
    }

    public String disseminated() {
        return FormActions.attempt("completeForm", "complete", () -> learning.disseminated(id),
                "goodPractice.completedDone", "/app/reviews/view?faces-redirect=true&id=" + id);
    }

    private String again() {
        return "/app/reviews/learning?faces-redirect=true&id=" + id;
    }

    public GoodPracticeView getView() {
        return view;
    }

    public GoodPracticeForm getForm() {
        return form;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
