package uk.safeguarding.reviews.web.rapidreview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.rapidreview.application.DocumentBrandingStore;
import uk.safeguarding.reviews.rapidreview.application.InformationRequests;
import uk.safeguarding.reviews.rapidreview.application.LetterTemplateView;
import uk.safeguarding.reviews.rapidreview.domain.DocumentBranding;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.Pages;

/** The business manager's wording of the request for information (Document 10). */
@Named
@ViewScoped
public class LetterSettings implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private InformationRequests requests;

    @Inject
    private DocumentBrandingStore branding;

    private transient jakarta.servlet.http.Part logo;

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

    public String uploadLogo() {
        if (logo == null || logo.getSize() == 0) {
            Messages.errorFor("logo:file", Messages.text("letters.logo.choose"));
            return null;
        }
        try (java.io.InputStream in = logo.getInputStream()) {
            branding.replaceLogo(in.readNBytes(DocumentBranding.MAX_LOGO_BYTES + 1));
            Messages.info("letters.logo.saved");
            return "/app/settings/letters?faces-redirect=true";
        } catch (InvalidFieldException e) {
            Messages.errorFor("logo:file", e.getMessage());
        } catch (java.io.IOException e) {
            Messages.errorFor("logo:file", Messages.text("clocks.import.unreadable"));
        }
        return null;
    }

    public jakarta.servlet.http.Part getLogo() {
        return logo;
    }

    public void setLogo(jakarta.servlet.http.Part logo) {
        this.logo = logo;
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
