package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.safeguarding.reviews.practicereview.domain.GroupMeeting;

/** A group meeting planned (§8.2), or its record once held: attendance, notes and actions, as typed. */
public class GroupMeetingForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String group;
    private LocalDate meetsOn;
    private String place;
    private String agenda;
    private String meetingId;
    private String othersPresent;
    private String notes;
    private final List<ActionRow> actions = new ArrayList<>(List.of(new ActionRow()));

    public void addAction() {
        actions.add(new ActionRow());
    }

    /** Everyone present, as typed one to a line. */
    List<String> attendees() {
        return othersPresent == null ? List.of() : List.of(othersPresent.split("\\R"));
    }

    List<GroupMeeting.ActionLines> actionLines() {
        return actions.stream().map(a -> new GroupMeeting.ActionLines(a.getAction(), a.getOwner(), a.getDueBy()))
                .toList();
    }

    GroupMeeting.Group groupKind() {
        try {
            return group == null || group.isBlank() ? null : GroupMeeting.Group.valueOf(group);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public LocalDate getMeetsOn() {
        return meetsOn;
    }

    public void setMeetsOn(LocalDate meetsOn) {
        this.meetsOn = meetsOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public String getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(String meetingId) {
        this.meetingId = meetingId;
    }

    public String getOthersPresent() {
        return othersPresent;
    }

    public void setOthersPresent(String othersPresent) {
        this.othersPresent = othersPresent;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<ActionRow> getActions() {
        return actions;
    }

    /** One action's boxes. */
    public static class ActionRow implements Serializable {
        private static final long serialVersionUID = 1L;

        private String action;
        private String owner;
        private LocalDate dueBy;

        public String getAction() {
            return action;
        }

        public void setAction(String action) {
            this.action = action;
        }

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        public LocalDate getDueBy() {
            return dueBy;
        }

        public void setDueBy(LocalDate dueBy) {
            this.dueBy = dueBy;
        }
    }
}
