package uk.safeguarding.reviews.web.practicereview;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.practicereview.application.PartnershipLists;
import uk.safeguarding.reviews.practicereview.domain.PartnershipList;
import uk.safeguarding.reviews.web.shell.FormActions;

/**
 * One of the partnership's lists on the kinds of review settings: its items one to a line, replaced
 * with a reason. Each list is a form of its own, named by the subclass.
 */
public abstract class ListSettings implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private PartnershipLists lists;

    private List<String> items = List.of();
    private String lines;
    private String reason;

    protected abstract PartnershipList list();

    /** The form's id on the page, and the button's. */
    protected abstract String formId();

    protected abstract String savedMessageKey();

    /** Loads quietly: the settings page itself refuses whoever may not see it. */
    public void load() {
        try {
            items = lists.items(list());
            if (lines == null) {
                lines = String.join("\n", items);
            }
        } catch (AccessDeniedException e) {
            items = List.of();
        }
    }

    public String save() {
        return FormActions.attempt(formId(), "save", () -> lists.change(list(), lines, reason), savedMessageKey(),
                "/app/settings/kinds?faces-redirect=true");
    }

    public List<String> getItems() {
        return items;
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
