package uk.safeguarding.reviews.web.rapidreview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/** The immediate safety actions agreed at the meeting (§7.12): one added at a time, each marked done with a follow-up. */
@Named
@ViewScoped
public class SafetyActionForm implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingPage page;

    private String description;
    private String owner;
    private LocalDate dueOn;
    private String followUp;

    public String add() {
        return page.submit("actions", "addAction", meetings -> meetings.addSafetyAction(page.getId(), description, owner, dueOn),
                "meeting.action.added");
    }

    public String complete(String actionId) {
        return page.submit("actions", "addAction", meetings -> meetings.completeSafetyAction(page.getId(), actionId, followUp),
                "meeting.action.done");
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getFollowUp() {
        return followUp;
    }

    public void setFollowUp(String followUp) {
        this.followUp = followUp;
    }
}
