package uk.safeguarding.reviews.web.learning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import uk.safeguarding.reviews.learning.application.ActionReportForm;
import uk.safeguarding.reviews.learning.application.OwnerAction;
import uk.safeguarding.reviews.learning.application.OwnerActions;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Pages;
import uk.safeguarding.reviews.web.shell.Uploads;

/**
 * An agency's action in a review's plan (§9), as its people see it: the action, its history and the
 * report on it, progress or done with the evidence; a refused report keeps what was typed and chosen.
 */
@Named
@ViewScoped
public class OwnerActionPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private OwnerActions actions;

    private String id;
    private OwnerAction action;
    private final ActionReportForm form = new ActionReportForm();
    private transient Part file;

    public void load() {
        action = Pages.shownOrNull(() -> actions.action(id));
    }

    public String report() {
        if (!Uploads.attach(file, "reportForm:file", OwnerActions.MAX_EVIDENCE_BYTES, form::attachFile)) {
            return null;
        }
        return FormActions.attempt("reportForm", "report", () -> actions.report(id, form), form.isDone()
                ? "ownerAction.reportedDone" : "ownerAction.reported", "/app/agency/action?faces-redirect=true&id="
                        + id);
    }

    public OwnerAction getAction() {
        return action;
    }

    public ActionReportForm getForm() {
        return form;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
