package uk.safeguarding.reviews.web.practicereview;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguarding.reviews.practicereview.application.FamilyLetterView;
import uk.safeguarding.reviews.practicereview.application.FamilyLetters;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Pages;

/** The wording of the letter inviting a family member to contribute to a review (§6, Document 3). */
@Named
@ViewScoped
public class FamilyLetterSettings implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private FamilyLetters letters;

    private FamilyLetterView current;
    private String subject;
    private String body;

    public void load() {
        if (FacesContext.getCurrentInstance().getResponseComplete()) {
            return; // the page's first part has answered already (a 403 for someone who may not see it)
        }
        current = Pages.shownOrNull(letters::wording);
        if (current != null && !FacesContext.getCurrentInstance().isPostback()) {
            subject = current.subject();
            body = current.body();
        }
    }

    public String save() {
        return FormActions.attempt("familyLetter", "saveFamily", () -> letters.rewrite(subject, body),
                "letters.family.saved", "/app/settings/letters?faces-redirect=true");
    }

    public List<String> getFieldLines() {
        return current == null ? List.of() : current.fieldLines();
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
