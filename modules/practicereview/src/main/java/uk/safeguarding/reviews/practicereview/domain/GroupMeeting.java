package uk.safeguarding.reviews.practicereview.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.PlainDates;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * §8.2: a meeting of a review's review group ("the Chairperson will set meeting dates and agendas")
 * or of its case group (the practitioners involved), planned with its day, place and agenda, then
 * recorded once held: who attended, the notes (Document 11's where the Case Discussion Tool is used)
 * and the actions it agreed.
 */
@Entity
@Table(name = "group_meeting")
public class GroupMeeting {

    /** The two groups §8.2 sets up for a review. */
    public enum Group {
        /** "Senior managers from relevant agencies and qualified lead reviewers": governs the review. */
        REVIEW_GROUP,
        /** "Frontline practitioners and managers who were involved with the case". */
        CASE_GROUP
    }

    public static final int MAX_TEXT = 8000;

    @Id
    private String id;

    @Column(name = "review_id", nullable = false, updatable = false)
    private String reviewId;

    @Enumerated(EnumType.STRING)
    @Column(name = "group_kind", nullable = false, updatable = false)
    private Group group;

    @Column(name = "meets_on", nullable = false, updatable = false)
    private LocalDate meetsOn;

    @Column(name = "place", nullable = false, updatable = false)
    private String place;

    @Column(name = "agenda", nullable = false, updatable = false)
    private String agenda;

    @Column(name = "planned_by", nullable = false, updatable = false)
    private String plannedBy;

    @Column(name = "planned_at", nullable = false, updatable = false)
    private OffsetDateTime plannedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "group_meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false)
    private List<String> attendees = new ArrayList<>();

    @Column(name = "notes")
    private String notes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "group_meeting_action", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<GroupAction> actions = new ArrayList<>();

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;

    protected GroupMeeting() {
        // for JPA
    }

    /** An action's boxes as typed; a row left wholly blank is no action. */
    public record ActionLines(String action, String owner, LocalDate dueBy) {

        boolean isBlank() {
            return Texts.isBlank(action) && Texts.isBlank(owner) && dueBy == null;
        }
    }

    /**
     * A meeting of {@code group} on a day from the review's opening on, at a place, with its agenda;
     * each refused beside its box.
     */
    public static GroupMeeting plan(String reviewId, Group group, LocalDate meetsOn, String place, String agenda,
            LocalDate reviewOpenedOn, String by, OffsetDateTime at) {
        if (group == null) {
            throw InvalidFieldException.refused("group", "practicereview.group-meeting.choose-group-meets");
        }
        if (meetsOn == null) {
            throw InvalidFieldException.refused("meetsOn", "practicereview.group-meeting.enter-date-meeting");
        }
        if (meetsOn.isBefore(reviewOpenedOn)) {
            throw InvalidFieldException.refused("meetsOn",
                    "practicereview.group-meeting.review-opened-groups-cannot-have", PlainDates.day(reviewOpenedOn));
        }
        String where = Texts.required("place", place, "practicereview.group-meeting.say-where-meeting-how-people");
        Texts.requireAtMost("place", where, 300);
        String items = Texts.required("agenda", agenda, "practicereview.group-meeting.give-agenda-8-2-chair");
        Texts.requireAtMost("agenda", items, MAX_TEXT);
        GroupMeeting meeting = new GroupMeeting();
        meeting.id = UUID.randomUUID().toString();
        meeting.reviewId = Objects.requireNonNull(reviewId);
        meeting.group = group;
        meeting.meetsOn = meetsOn;
        meeting.place = where;
        meeting.agenda = items;
        meeting.plannedBy = Objects.requireNonNull(by);
        meeting.plannedAt = Objects.requireNonNull(at);
        return meeting;
    }

    /**
     * The meeting as held, once, on or after its day: who attended (at least one), its notes, and
     * each action begun finished (what, who, by when, not before the meeting); a refused action
     * names its row ({@code action-2-owner}).
     */
    public void held(List<String> present, String notesTaken, List<ActionLines> agreed, String by, OffsetDateTime at,
            LocalDate today) {
        if (recordedAt != null) {
            throw RefusedException.because("practicereview.group-meeting.meeting-was-recorded-already",
                    PlainDates.day(meetsOn));
        }
        if (meetsOn.isAfter(today)) {
            throw RefusedException.because("practicereview.group-meeting.meeting-record-once-has-been",
                    PlainDates.day(meetsOn));
        }
        List<String> who = present == null ? List.of() : present.stream().filter(p -> !Texts.isBlank(p))
                .map(String::strip).distinct().toList();
        if (who.isEmpty()) {
            throw InvalidFieldException.refused("attendees", "practicereview.group-meeting.say-who-attended");
        }
        who.forEach(name -> Texts.requireAtMost("attendees", name, 300));
        String written = Texts.required("notes", notesTaken,
                "practicereview.group-meeting.give-meeting-notes-what-was");
        Texts.requireAtMost("notes", written, MAX_TEXT);
        List<GroupAction> made = new ArrayList<>();
        int row = 0;
        for (ActionLines lines : agreed == null ? List.<ActionLines>of() : agreed) {
            row++;
            if (lines == null || lines.isBlank()) {
                continue;
            }
            String field = "action-" + row + "-";
            String what = Texts.required(field + "action", lines.action(),
                    "practicereview.group-meeting.say-what-done");
            Texts.requireAtMost(field + "action", what, 1000);
            String owner = Texts.required(field + "owner", lines.owner(),
                    "practicereview.group-meeting.say-who-will-do");
            Texts.requireAtMost(field + "owner", owner, 300);
            if (lines.dueBy() == null) {
                throw InvalidFieldException.refused(field + "dueBy", "practicereview.group-meeting.enter-date-done");
            }
            if (lines.dueBy().isBefore(meetsOn)) {
                throw InvalidFieldException.refused(field + "dueBy",
                        "practicereview.group-meeting.cannot-due-before-meeting", PlainDates.day(meetsOn));
            }
            made.add(new GroupAction(what, owner, lines.dueBy()));
        }
        attendees = new ArrayList<>(who);
        notes = written;
        actions = made;
        recordedBy = Objects.requireNonNull(by);
        recordedAt = Objects.requireNonNull(at);
    }

    public boolean isHeld() {
        return recordedAt != null;
    }

    public String id() {
        return id;
    }

    public String reviewId() {
        return reviewId;
    }

    public Group group() {
        return group;
    }

    public LocalDate meetsOn() {
        return meetsOn;
    }

    public String place() {
        return place;
    }

    public String agenda() {
        return agenda;
    }

    public String plannedBy() {
        return plannedBy;
    }

    public List<String> attendees() {
        return List.copyOf(attendees);
    }

    public String notes() {
        return notes;
    }

    public List<GroupAction> actions() {
        return List.copyOf(actions);
    }

    public String recordedBy() {
        return recordedBy;
    }
}
