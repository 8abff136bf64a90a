package uk.safeguarding.reviews.web.themes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import uk.safeguarding.reviews.themes.application.RecordThemes;
import uk.safeguarding.reviews.themes.application.ThemeTags;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * One record's themes (a referral, a review, an action): who tagged each and when; whoever may tag
 * the record ticks the themes that apply. What was ticked stays ticked when the save is refused.
 */
@Named
@ViewScoped
public class TagPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ThemeTags tags;

    private String type;
    private String id;
    private RecordThemes view;
    private List<String> chosen;

    public void load() {
        view = Pages.shownOrNull(() -> tags.of(type, id));
        if (view != null && chosen == null) {
            chosen = new ArrayList<>(view.codes());
        }
    }

    public String save() {
        return FormActions.attempt("tagForm", "save", () -> tags.set(type, id, chosen), "themes.tagged",
                "/app/themes/tag?faces-redirect=true&type=" + view.type() + "&id=" + view.id());
    }

    public RecordThemes getView() {
        return view;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen;
    }
}
