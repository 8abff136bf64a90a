package uk.safeguarding.reviews.web.learning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.learning.application.AnnualScrutinies;
import uk.safeguarding.reviews.learning.application.ScrutinyView;
import uk.safeguarding.reviews.learning.domain.AnnualScrutiny;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * The Independent Adviser's annual scrutiny of action plans (§9): the year's pack on the page and as
 * downloads, and the adviser's conclusion and findings once the year has ended.
 */
@Named
@ViewScoped
public class ScrutinyPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private AnnualScrutinies scrutinies;

    private String year;
    private ScrutinyView view;
    private AnnualScrutiny.Conclusion conclusion;
    private String findings;

    public void load() {
        try {
            view = Pages.shownOrNull(() -> scrutinies.of(parse(year)));
        } catch (InvalidFieldException e) {
            Messages.errorFor("year", e.getMessage());
            view = Pages.shownOrNull(() -> scrutinies.of(null));
        }
        if (view != null && view.recorded() != null && findings == null) {
            conclusion = view.recorded().conclusion();
            findings = view.recorded().findings();
        }
    }

    public String record() {
        return FormActions.attempt("scrutinyForm", "record", () -> scrutinies.record(view.startsIn(), conclusion,
                findings), "scrutiny.recorded", "/app/learning/scrutiny?faces-redirect=true&year=" + view.startsIn());
    }

    public List<AnnualScrutiny.Conclusion> getConclusions() {
        return List.of(AnnualScrutiny.Conclusion.values());
    }

    /** The words for a conclusion; Faces may ask an item's label with no item (nothing chosen): then none. */
    public String conclusionOf(AnnualScrutiny.Conclusion chosen) {
        return chosen == null ? "" : AnnualScrutinies.conclusion(chosen);
    }

    /** Null when none was given (the last year ended); an unreadable one is refused beside the field. */
    static Integer parse(String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public ScrutinyView getView() {
        return view;
    }

    public AnnualScrutiny.Conclusion getConclusion() {
        return conclusion;
    }

    public void setConclusion(AnnualScrutiny.Conclusion conclusion) {
        this.conclusion = conclusion;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }
}
