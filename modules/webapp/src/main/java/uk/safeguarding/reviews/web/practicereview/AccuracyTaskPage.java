package uk.safeguarding.reviews.web.practicereview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguarding.reviews.practicereview.application.AccuracyResponseForm;
import uk.safeguarding.reviews.practicereview.application.AccuracyTask;
import uk.safeguarding.reviews.practicereview.application.FactualAccuracy;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * An agency's contact checks a draft report for factual accuracy (§8.3): the version's text part by
 * part, and their comments, each on a part, or none; a refused comment's message shows beside it.
 */
@Named
@ViewScoped
public class AccuracyTaskPage implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final String FORM = "responseForm";

    @Inject
    private FactualAccuracy accuracy;

    private String id;
    private AccuracyTask task;
    private final AccuracyResponseForm form = new AccuracyResponseForm();

    public void load() {
        task = Pages.shownOrNull(() -> accuracy.task(id));
    }

    public String respond() {
        return FormActions.attempt(FORM, "respond", () -> accuracy.respond(id, form), "accuracy.task.responded",
                "/app/agency/accuracy?faces-redirect=true&id=" + id, AccuracyTaskPage::commentField);
    }

    /** One more comment's boxes, keeping what was typed; nothing is sent. */
    public String addComment() {
        form.addComment();
        return null;
    }

    /** A refused comment's box is in its own row; the domain's "anchor" is the row's "part" menu. */
    private static String commentField(String field) {
        String box = FormActions.rowBox(field, "comment", FORM + ":comments");
        return box != null && box.endsWith(":anchor") ? box.substring(0, box.length() - "anchor".length()) + "part"
                : box;
    }

    public AccuracyTask getTask() {
        return task;
    }

    public AccuracyResponseForm getForm() {
        return form;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
