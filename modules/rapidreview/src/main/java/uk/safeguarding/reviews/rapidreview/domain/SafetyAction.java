package uk.safeguarding.reviews.rapidreview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An immediate action to keep children safe (§7.12), with its owner and due date, followed up until done. */
@Embeddable
public class SafetyAction {

    @Column(name = "action_id", nullable = false)
    private String actionId;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "owner", nullable = false)
    private String owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_at")
    private OffsetDateTime doneAt;

    @Column(name = "done_by")
    private String doneBy;

    @Column(name = "follow_up")
    private String followUp;

    protected SafetyAction() {
        // for JPA
    }

    SafetyAction(String actionId, String description, String owner, LocalDate dueOn) {
        this.actionId = actionId;
        this.description = description;
        this.owner = owner;
        this.dueOn = dueOn;
    }

    void done(String by, String note, OffsetDateTime at) {
        doneAt = at;
        doneBy = by;
        followUp = note;
    }

    public boolean isOverdueOn(LocalDate day) {
        return doneAt == null && day.isAfter(dueOn);
    }

    public String actionId() {
        return actionId;
    }

    public String description() {
        return description;
    }

    public String owner() {
        return owner;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public OffsetDateTime doneAt() {
        return doneAt;
    }

    public String doneBy() {
        return doneBy;
    }

    public String followUp() {
        return followUp;
    }
}
