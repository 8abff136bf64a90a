package uk.safeguarding.reviews.web.rapidreview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.rapidreview.application.InformationRequests;
import uk.safeguarding.reviews.rapidreview.application.LetterTemplateView;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.Pages;

/** The business manager's wording of the request for information (Document 10). */
@Named
@ViewScoped
public class LetterSettings implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private InformationRequests requests;

    private LetterTemplateView current;
    private String subject;
    private String body;

    public void load() {
        try {
            current = requests.letterTemplate();
            if (subject == null) {
                subject = current.subject();
                body = current.body();
            }
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public String save() {
        try {
            current = requests.saveLetterTemplate(subject, body);
            Messages.info("letters.saved");
            return "/app/settings/letters?faces-redirect=true";
        } catch (InvalidFieldException e) {
            Messages.besideField("letter", e);
        }
        return null;
    }

    public LetterTemplateView getCurrent() {
        return current;
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
