package uk.safeguarding.reviews.rapidreview.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * The Rapid Review meeting of one review and what comes of it (§7.10-7.13): set when the requests go
 * out; its papers published at least 24 hours before; attendance and quorum; the Case Discussion Tool
 * notes, immediate safety actions, pending information and the consideration of racism, inequality and
 * disability; the recommendation and its endorsement, with escalation on disagreement; and the report
 * to the National Panel with the Panel's response.
 */
@Entity
@Table(name = "rapid_review_meeting")
public class RapidReviewMeeting {

    /** Rapid Review meetings are usually booked for two hours: what the form offers first. */
    public static final Duration USUAL_LENGTH = Duration.ofHours(2);
    private static final Duration SHORTEST = Duration.ofMinutes(30);
    private static final Duration LONGEST = Duration.ofHours(8);

    /** How the report reached the National Panel (§7.13 names its mailbox). */
    public enum SentBy {
        EMAIL_TO_NATIONAL_PANEL_MAILBOX("E-mail to the National Panel's mailbox"),
        NATIONAL_PANEL_PORTAL("The National Panel's online form"),
        OTHER("Another way (say how in the note)");

        private final String label;

        SentBy(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where the outcome stands. */
    public enum OutcomeStatus {
        NOT_RECORDED, AWAITING_ENDORSEMENT, ESCALATED, ENDORSED, DECIDED_ON_ESCALATION
    }

    @Id
    @Column(name = "review_id")
    private String reviewId;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    /** How long the business manager booked it for (issue 15): the invitation's end. */
    @Column(name = "length_minutes", nullable = false)
    private int lengthMinutes;

    @Column(nullable = false)
    private String place;

    @Column(name = "scheduled_by", nullable = false)
    private String scheduledBy;

    @Column(name = "scheduled_at", nullable = false)
    private OffsetDateTime scheduledAt;

    /** iCalendar SEQUENCE: each change of time, length or place sends an updated invitation. */
    @Column(name = "invitation_sequence", nullable = false)
    private int invitationSequence;

    @Column(name = "papers_published_at")
    private OffsetDateTime papersPublishedAt;

    @Column(name = "papers_published_by")
    private String papersPublishedBy;

    @Column(name = "held_at")
    private OffsetDateTime heldAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_attendee", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    private List<Attendee> attendees = new ArrayList<>();

    @Embedded
    private CaseDiscussionNotes notes = new CaseDiscussionNotes();

    @Column(name = "equality_consideration")
    private String equalityConsideration;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_safety_action", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    private List<SafetyAction> safetyActions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_pending_information", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    private List<PendingInformation> pending = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "recommendation")
    private Recommendation recommendation;

    @Column(name = "national_review_suggested", nullable = false)
    private boolean nationalReviewSuggested;

    @Column(name = "rationale")
    private String rationale;

    @Column(name = "independent_adviser")
    private String independentAdviser;

    @Column(name = "outcome_recorded_at")
    private OffsetDateTime outcomeRecordedAt;

    @Column(name = "outcome_recorded_by")
    private String outcomeRecordedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "outcome_endorsement", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    private List<Endorsement> endorsements = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "outcome_escalation", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    private List<Escalation> escalations = new ArrayList<>();

    @Column(name = "report_sent_at")
    private OffsetDateTime reportSentAt;

    @Column(name = "report_sent_by")
    private String reportSentBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "report_sent_how")
    private SentBy reportSentHow;

    @Column(name = "report_sent_note")
    private String reportSentNote;

    @Column(name = "panel_responded_on")
    private LocalDate panelRespondedOn;

    @Column(name = "panel_agrees")
    private Boolean panelAgrees;

    @Column(name = "panel_reasons")
    private String panelReasons;

    protected RapidReviewMeeting() {
        // for JPA
    }

    public static RapidReviewMeeting schedule(String reviewId, ZonedDateTime startsAt, Duration length, String place,
            String by, ZonedDateTime now) {
        RapidReviewMeeting meeting = new RapidReviewMeeting();
        meeting.reviewId = Objects.requireNonNull(reviewId);
        meeting.invitationSequence = -1;
        meeting.reschedule(startsAt, length, place, by, now);
        return meeting;
    }

    public final void reschedule(ZonedDateTime newStart, Duration newLength, String newPlace, String by,
            ZonedDateTime now) {
        ensureNotHeld();
        if (newStart == null) {
            throw InvalidFieldException.refused("meetingDate",
                    "rapidreview.rapid-review-meeting.enter-date-rapid-review-meeting");
        }
        if (!newStart.isAfter(now)) {
            throw InvalidFieldException.refused("meetingDate",
                    "rapidreview.rapid-review-meeting.meeting-must-future-papers-go");
        }
        if (newLength == null) {
            throw InvalidFieldException.refused("meetingLength",
                    "rapidreview.rapid-review-meeting.choose-how-long-meeting");
        }
        if (newLength.compareTo(SHORTEST) < 0 || newLength.compareTo(LONGEST) > 0) {
            throw InvalidFieldException.refused("meetingLength",
                    "rapidreview.rapid-review-meeting.meeting-lasts-between-half-hour", newLength.toMinutes());
        }
        if (newPlace == null || newPlace.isBlank()) {
            throw InvalidFieldException.refused("meetingPlace",
                    "rapidreview.rapid-review-meeting.say-where-meeting-held");
        }
        boolean changed = startsAt == null || !startsAt.toInstant().equals(newStart.toInstant())
                || newLength.toMinutes() != lengthMinutes || !newPlace.strip().equals(place);
        startsAt = newStart.toOffsetDateTime();
        lengthMinutes = (int) newLength.toMinutes();
        place = newPlace.strip();
        scheduledBy = Objects.requireNonNull(by);
        scheduledAt = now.toOffsetDateTime();
        if (changed) {
            invitationSequence++;
        }
    }

    /**
     * §7.11: publishing records when; late is allowed ("it may on occasion be necessary") but recorded.
     * The due time is the partnership's {@code meeting-papers} clock rule (24 hours before by default).
     */
    public boolean publishPapers(String by, OffsetDateTime at, OffsetDateTime papersDueBy) {
        ensureNotHeld();
        papersPublishedAt = at;
        papersPublishedBy = by;
        return at.isAfter(papersDueBy);
    }

    /** The papers are late: out after their due time, or not out and the due time has passed. */
    public boolean papersLateOn(OffsetDateTime now, OffsetDateTime papersDueBy) {
        return papersPublishedAt == null ? now.isAfter(papersDueBy) : papersPublishedAt.isAfter(papersDueBy);
    }

    /** Records who attended; the meeting is held from then on, and its quorum is what they make. */
    public void recordAttendance(List<Attendee> present, OffsetDateTime at) {
        if (present.isEmpty()) {
            throw InvalidFieldException.refused("attendeeName",
                    "rapidreview.rapid-review-meeting.record-least-one-person-who");
        }
        if (at.isBefore(startsAt.minusHours(1))) {
            throw InvalidFieldException.refused("attendeeName",
                    "rapidreview.rapid-review-meeting.meeting-has-not-started-yet");
        }
        attendees = new ArrayList<>(present);
        if (heldAt == null) {
            heldAt = at;
        }
    }

    public Quorum.Result quorum(List<String> statutoryPartners) {
        return Quorum.of(attendees, statutoryPartners);
    }

    /** JPA leaves an embedded value null when all its columns are: no notes yet is empty notes. */
    private CaseDiscussionNotes writtenNotes() {
        return notes == null ? new CaseDiscussionNotes() : notes;
    }

    public void writeNotes(CaseDiscussionNotes newNotes, String newEqualityConsideration) {
        ensureHeld();
        notes = new CaseDiscussionNotes(newNotes);
        equalityConsideration = Texts.blankToNull(newEqualityConsideration);
    }

    public SafetyAction addSafetyAction(String description, String owner, LocalDate dueOn, LocalDate today) {
        ensureHeld();
        Texts.required("actionDescription", description, "rapidreview.rapid-review-meeting.describe-action");
        Texts.required("actionOwner", owner, "rapidreview.rapid-review-meeting.name-who-owns-action");
        if (dueOn == null) {
            throw InvalidFieldException.refused("actionDueOn",
                    "rapidreview.rapid-review-meeting.enter-date-action-due");
        }
        if (dueOn.isBefore(today)) {
            throw InvalidFieldException.refused("actionDueOn",
                    "rapidreview.rapid-review-meeting.action-cannot-due-past");
        }
        SafetyAction action = new SafetyAction(UUID.randomUUID().toString(), description.strip(), owner.strip(), dueOn);
        safetyActions.add(action);
        return action;
    }

    public SafetyAction completeSafetyAction(String actionId, String by, String note, OffsetDateTime at) {
        SafetyAction action = safetyActions.stream().filter(a -> a.actionId().equals(actionId)).findFirst()
                .orElseThrow(() -> InvalidFieldException.refused("actionId",
                        "rapidreview.rapid-review-meeting.action-not-review"));
        if (action.doneAt() != null) {
            throw InvalidFieldException.refused("actionId",
                    "rapidreview.rapid-review-meeting.action-was-already-recorded-done");
        }
        action.done(by, Texts.blankToNull(note), at);
        return action;
    }

    public void addPendingInformation(PendingInformation.Kind kind, String description, LocalDate expectedBy) {
        ensureHeld();
        if (kind == null) {
            throw InvalidFieldException.refused("pendingKind",
                    "rapidreview.rapid-review-meeting.choose-what-kind-information-pending");
        }
        Texts.required("pendingDescription", description, "rapidreview.rapid-review-meeting.say-what-pending");
        pending.add(new PendingInformation(kind, description.strip(), expectedBy));
    }

    /**
     * §7.12: the meeting's recommendation, with its rationale. Refused on an inquorate meeting, and,
     * where the partnership requires it ({@code equalityRequired}, issue 14 §4 item 6), before the
     * consideration of racism, inequality and disability is recorded.
     */
    public void recordOutcome(Recommendation chosen, boolean nationalReview, String why, String adviser,
            Quorum.Result quorum, boolean equalityRequired, String by, OffsetDateTime at) {
        ensureHeld();
        if (!quorum.quorate()) {
            throw InvalidFieldException.refused("recommendation",
                    "rapidreview.rapid-review-meeting.meeting-was-not-quorate-nobody", String.join(", ",
                    quorum.missingPartners()));
        }
        if (recommendation != null) {
            throw InvalidFieldException.refused("recommendation",
                    "rapidreview.rapid-review-meeting.outcome-already-recorded-disagreement-settled");
        }
        if (chosen == null) {
            throw InvalidFieldException.refused("recommendation",
                    "rapidreview.rapid-review-meeting.choose-meeting-recommendation");
        }
        Texts.required("rationale", why, "rapidreview.rapid-review-meeting.give-rationale-recommendation");
        Texts.required("independentAdviser", adviser,
                "rapidreview.rapid-review-meeting.name-independent-adviser-who-endorses");
        if (equalityRequired && equalityConsideration == null) {
            throw InvalidFieldException.refused("recommendation",
                    "rapidreview.rapid-review-meeting.record-meeting-consideration-racism-inequality");
        }
        recommendation = chosen;
        nationalReviewSuggested = nationalReview;
        rationale = why.strip();
        independentAdviser = adviser.strip();
        outcomeRecordedBy = by;
        outcomeRecordedAt = at;
    }

    /**
     * One endorsement for the Independent Adviser or a statutory partner; the service has checked the
     * caller represents it. Each endorses once.
     */
    public void endorse(String endorsesFor, String username, String displayName, boolean agrees, String comment,
            List<String> statutoryPartners, OffsetDateTime at) {
        if (recommendation == null) {
            throw InvalidFieldException.refused("agrees",
                    "rapidreview.rapid-review-meeting.there-no-outcome-endorse-yet");
        }
        if (!Endorsement.INDEPENDENT_ADVISER.equals(endorsesFor) && !statutoryPartners.contains(endorsesFor)) {
            throw InvalidFieldException.refused("endorsesFor",
                    "rapidreview.rapid-review-meeting.not-one-endorsers-7-12", endorsesFor);
        }
        if (endorsements.stream().anyMatch(e -> e.endorsesFor().equals(endorsesFor))) {
            throw InvalidFieldException.refused("agrees",
                    "rapidreview.rapid-review-meeting.has-already-endorsed-outcome", endorsesFor);
        }
        if (!agrees && (comment == null || comment.isBlank())) {
            throw InvalidFieldException.refused("comment",
                    "rapidreview.rapid-review-meeting.say-why-you-disagree-escalation");
        }
        endorsements.add(new Endorsement(endorsesFor, username, displayName, agrees,
                comment == null || comment.isBlank() ? null : comment.strip(), at));
    }

    /** §7.12: a disagreement goes up a level; the Safeguarding Executive is the last. */
    public Escalation escalate(Escalation.Level level, String by, OffsetDateTime at) {
        if (endorsements.stream().allMatch(Endorsement::agrees)) {
            throw InvalidFieldException.refused("level",
                    "rapidreview.rapid-review-meeting.nobody-has-disagreed-with-outcome");
        }
        Optional<Escalation> last = lastEscalation();
        if (last.isPresent() && !last.get().isDecided()) {
            throw InvalidFieldException.refused("level",
                    "rapidreview.rapid-review-meeting.escalation-awaiting-decision", last.get().level().label());
        }
        if (last.isPresent() && level.ordinal() <= last.get().level().ordinal()) {
            throw InvalidFieldException.refused("level",
                    "rapidreview.rapid-review-meeting.was-already-escalated-next-step", last.get().level().label());
        }
        Escalation escalation = new Escalation(level, by, at);
        escalations.add(escalation);
        return escalation;
    }

    public void decideEscalation(Recommendation decision, String by, String why, OffsetDateTime at) {
        Escalation open = lastEscalation().filter(e -> !e.isDecided()).orElseThrow(
                () -> InvalidFieldException.refused("decision",
                        "rapidreview.rapid-review-meeting.there-no-escalation-awaiting-decision"));
        if (decision == null) {
            throw InvalidFieldException.refused("decision", "rapidreview.rapid-review-meeting.choose-decision");
        }
        Texts.required("decisionRationale", why, "rapidreview.rapid-review-meeting.give-reason-decision");
        open.decide(decision, by, why.strip(), at);
    }

    /** Whether the last escalation is to the Safeguarding Executive and awaits its decision (§7.12). */
    public boolean awaitsTheExecutive() {
        return lastEscalation().filter(e -> !e.isDecided() && e.level() == Escalation.Level.SAFEGUARDING_EXECUTIVE)
                .isPresent();
    }

    public OutcomeStatus outcomeStatus(List<String> statutoryPartners) {
        if (recommendation == null) {
            return OutcomeStatus.NOT_RECORDED;
        }
        if (lastEscalation().map(Escalation::isDecided).orElse(false)) {
            return OutcomeStatus.DECIDED_ON_ESCALATION;
        }
        if (endorsements.stream().anyMatch(e -> !e.agrees())) {
            return OutcomeStatus.ESCALATED;
        }
        return endorsements.size() == statutoryPartners.size() + 1 ? OutcomeStatus.ENDORSED
                : OutcomeStatus.AWAITING_ENDORSEMENT;
    }

    /** The recommendation that stands: the escalation's decision if there was one. */
    public Recommendation finalRecommendation() {
        return lastEscalation().filter(Escalation::isDecided).map(Escalation::decision).orElse(recommendation);
    }

    /** §7.13: the report goes to the National Panel once the outcome is settled. */
    public void recordReportSent(SentBy how, String note, List<String> statutoryPartners, String by, OffsetDateTime at) {
        OutcomeStatus status = outcomeStatus(statutoryPartners);
        if (status != OutcomeStatus.ENDORSED && status != OutcomeStatus.DECIDED_ON_ESCALATION) {
            throw InvalidFieldException.refused("how",
                    "rapidreview.rapid-review-meeting.outcome-not-settled-yet-needs");
        }
        if (reportSentAt != null) {
            throw InvalidFieldException.refused("how", "rapidreview.rapid-review-meeting.report-was-already-sent");
        }
        if (how == null) {
            throw InvalidFieldException.refused("how", "rapidreview.rapid-review-meeting.say-how-report-was-sent");
        }
        if (how == SentBy.OTHER && (note == null || note.isBlank())) {
            throw InvalidFieldException.refused("note", "rapidreview.rapid-review-meeting.say-how-report-was-sent");
        }
        reportSentHow = how;
        reportSentNote = note == null || note.isBlank() ? null : note.strip();
        reportSentBy = by;
        reportSentAt = at;
    }

    /** The National Panel's view of the recommendation: disagreement is a figure the executive receives (§10.3 c). */
    public void recordPanelResponse(LocalDate on, boolean agrees, String reasons, LocalDate today) {
        if (reportSentAt == null) {
            throw InvalidFieldException.refused("respondedOn",
                    "rapidreview.rapid-review-meeting.record-report-was-sent-first");
        }
        if (on == null) {
            throw InvalidFieldException.refused("respondedOn",
                    "rapidreview.rapid-review-meeting.enter-date-national-panel-response");
        }
        if (on.isAfter(today) || on.isBefore(reportSentAt.toLocalDate())) {
            throw InvalidFieldException.refused("respondedOn",
                    "rapidreview.rapid-review-meeting.response-dated-between-day-report");
        }
        if (!agrees && (reasons == null || reasons.isBlank())) {
            throw InvalidFieldException.refused("reasons",
                    "rapidreview.rapid-review-meeting.record-national-panel-reasons-disagreeing");
        }
        panelRespondedOn = on;
        panelAgrees = agrees;
        panelReasons = reasons == null || reasons.isBlank() ? null : reasons.strip();
    }

    private Optional<Escalation> lastEscalation() {
        return escalations.isEmpty() ? Optional.empty() : Optional.of(escalations.get(escalations.size() - 1));
    }

    private void ensureHeld() {
        if (heldAt == null) {
            throw InvalidFieldException.refused("attendeeName",
                    "rapidreview.rapid-review-meeting.record-who-attended-first-meeting");
        }
    }

    private void ensureNotHeld() {
        if (heldAt != null) {
            throw InvalidFieldException.refused("meetingDate",
                    "rapidreview.rapid-review-meeting.meeting-has-been-held-date");
        }
    }


    public String reviewId() {
        return reviewId;
    }

    public OffsetDateTime startsAt() {
        return startsAt;
    }

    public Duration length() {
        return Duration.ofMinutes(lengthMinutes);
    }

    public OffsetDateTime endsAt() {
        return startsAt.plus(length());
    }

    public String place() {
        return place;
    }

    public String scheduledBy() {
        return scheduledBy;
    }

    public int invitationSequence() {
        return invitationSequence;
    }

    public OffsetDateTime papersPublishedAt() {
        return papersPublishedAt;
    }

    public String papersPublishedBy() {
        return papersPublishedBy;
    }

    public OffsetDateTime heldAt() {
        return heldAt;
    }

    public List<Attendee> attendees() {
        return List.copyOf(attendees);
    }

    public CaseDiscussionNotes notes() {
        return new CaseDiscussionNotes(writtenNotes());
    }

    public String equalityConsideration() {
        return equalityConsideration;
    }

    public List<SafetyAction> safetyActions() {
        return List.copyOf(safetyActions);
    }

    public List<PendingInformation> pending() {
        return List.copyOf(pending);
    }

    public Recommendation recommendation() {
        return recommendation;
    }

    public boolean nationalReviewSuggested() {
        return nationalReviewSuggested;
    }

    public String rationale() {
        return rationale;
    }

    public String independentAdviser() {
        return independentAdviser;
    }

    public OffsetDateTime outcomeRecordedAt() {
        return outcomeRecordedAt;
    }

    public List<Endorsement> endorsements() {
        return List.copyOf(endorsements);
    }

    public List<Escalation> escalations() {
        return List.copyOf(escalations);
    }

    public OffsetDateTime reportSentAt() {
        return reportSentAt;
    }

    public String reportSentBy() {
        return reportSentBy;
    }

    public SentBy reportSentHow() {
        return reportSentHow;
    }

    public String reportSentNote() {
        return reportSentNote;
    }

    public LocalDate panelRespondedOn() {
        return panelRespondedOn;
    }

    public Boolean panelAgrees() {
        return panelAgrees;
    }

    public String panelReasons() {
        return panelReasons;
    }
}
