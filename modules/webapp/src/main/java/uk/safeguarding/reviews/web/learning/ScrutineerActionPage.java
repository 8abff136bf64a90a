package uk.safeguarding.reviews.web.learning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguarding.reviews.learning.application.OwnerAction;
import uk.safeguarding.reviews.learning.application.Verifications;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Pages;

/** An action the scrutineer was asked to verify in their turn on the rota (§10.1): its evidence and their judgement. */
@Named
@ViewScoped
public class ScrutineerActionPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private Verifications verifications;

    private String id;
    private OwnerAction action;
    private String note;

    public void load() {
        action = Pages.shownOrNull(() -> verifications.task(id));
    }

    public String verify() {
        return FormActions.attempt("verifyForm", "verify", () -> verifications.verify(id, note),
                "actionPlan.verified", "/app/index?faces-redirect=true");
    }

    public String returnToOwner() {
        return FormActions.attempt("verifyForm", "return", () -> verifications.returnToOwner(id, note),
                "actionPlan.returned", "/app/index?faces-redirect=true");
    }

    public OwnerAction getAction() {
        return action;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
