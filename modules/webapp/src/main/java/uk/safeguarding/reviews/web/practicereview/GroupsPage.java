package uk.safeguarding.reviews.web.practicereview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguarding.reviews.practicereview.application.GroupMeetingForm;
import uk.safeguarding.reviews.practicereview.application.GroupMeetings;
import uk.safeguarding.reviews.practicereview.application.GroupsView;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * A review's review group and case group (§8.2): members, meetings, the form to plan one and the form
 * to record one as held; a refused action's message shows beside its own box.
 */
@Named
@ViewScoped
public class GroupsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private GroupMeetings meetings;

    private String id;
    private GroupsView view;
    private final GroupMeetingForm form = new GroupMeetingForm();

    public void load() {
        view = Pages.shownOrNull(() -> meetings.of(id));
    }

    public String plan() {
        return FormActions.attempt("planForm", "plan", () -> meetings.plan(id, form), "groups.planned", again());
    }

    public String held() {
        return FormActions.attempt("heldForm", "held", () -> meetings.held(id, form), "groups.heldDone", again(),
                GroupsPage::actionField);
    }

    private String again() {
        return "/app/reviews/groups?faces-redirect=true&id=" + id;
    }

    /** One more row for an action, keeping what was typed; nothing is saved. */
    public String addAction() {
        form.addAction();
        return null;
    }

    /** A refused action's box is in its own row; the attendance is typed in one box. */
    private static String actionField(String field) {
        return "attendees".equals(field) ? "heldForm:othersPresent" : FormActions.rowBox(field, "action",
                "heldForm:actions");
    }

    public GroupsView getView() {
        return view;
    }

    public GroupMeetingForm getForm() {
        return form;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
