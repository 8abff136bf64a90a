package uk.safeguarding.reviews.web.themes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguarding.reviews.themes.application.ThemeTaxonomy;
import uk.safeguarding.reviews.themes.application.ThemesView;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Pages;

/** The partnership's themes: those in use, those retired, every version; the business manager changes them. */
@Named
@ViewScoped
public class ThemesPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ThemeTaxonomy taxonomy;

    private ThemesView view;
    private String lines;
    private String reason;

    public void load() {
        view = Pages.shownOrNull(taxonomy::overview);
        if (view != null && lines == null) {
            lines = view.lines();
        }
    }

    public String change() {
        return FormActions.attempt("themesForm", "change", () -> taxonomy.change(lines, reason), "themes.changed",
                "/app/themes/index?faces-redirect=true");
    }

    public ThemesView getView() {
        return view;
    }

    public String getLines() {
        return lines;
    }

    public void setLines(String lines) {
        this.lines = lines;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
