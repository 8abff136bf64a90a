package uk.safeguarding.reviews.web.practicereview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.practicereview.application.LeadReviewerAppointments;
import uk.safeguarding.reviews.web.shell.FormActions;

/**
 * The partnership's lead reviewer specification (Document 5, §8.1) on the kinds of review settings:
 * the points a lead reviewer must be confirmed to meet, one to a line, changed with a reason.
 */
@Named
@ViewScoped
public class SpecificationSettings implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private LeadReviewerAppointments appointments;

    private List<String> points = List.of();
    private String lines;
    private String reason;

    /** Loads quietly: the settings page itself refuses whoever may not see it. */
    public void load() {
        try {
            points = appointments.specification();
            if (lines == null) {
                lines = String.join("\n", points);
            }
        } catch (AccessDeniedException e) {
            points = List.of();
        }
    }

    public String save() {
        return FormActions.attempt("specificationForm", "saveSpecification",
                () -> appointments.changeSpecification(lines, reason), "practice.specification.saved",
                "/app/settings/kinds?faces-redirect=true");
    }

    public List<String> getPoints() {
        return points;
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
