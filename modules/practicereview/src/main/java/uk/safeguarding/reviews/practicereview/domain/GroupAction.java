package uk.safeguarding.reviews.practicereview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** An action a group meeting agreed (§8.2): what, who does it, by when. */
@Embeddable
public class GroupAction {

    @Column(name = "action", nullable = false)
    private String action;

    @Column(name = "owner", nullable = false)
    private String owner;

    @Column(name = "due_by", nullable = false)
    private LocalDate dueBy;

    protected GroupAction() {
        // for JPA
    }

    GroupAction(String action, String owner, LocalDate dueBy) {
        this.action = action;
        this.owner = owner;
        this.dueBy = dueBy;
    }

    public String action() {
        return action;
    }

    public String owner() {
        return owner;
    }

    public LocalDate dueBy() {
        return dueBy;
    }
}
