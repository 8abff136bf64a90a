package uk.safeguarding.reviews.web.rapidreview;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.safeguarding.reviews.agencies.application.AgencyService;
import uk.safeguarding.reviews.agencies.application.AgencyView;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.rapidreview.application.AttendeeForm;
import uk.safeguarding.reviews.rapidreview.application.MeetingView;
import uk.safeguarding.reviews.rapidreview.application.RapidReviewMeetings;
import uk.safeguarding.reviews.rapidreview.domain.Attendee;
import uk.safeguarding.reviews.rapidreview.domain.CaseDiscussionNotes;
import uk.safeguarding.reviews.rapidreview.domain.Escalation;
import uk.safeguarding.reviews.rapidreview.domain.PendingInformation;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeeting;
import uk.safeguarding.reviews.rapidreview.domain.Recommendation;
import uk.safeguarding.reviews.tenancy.api.TenantContext;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * The Rapid Review meeting (§7.10-7.13) from papers to the National Panel's reply. Each form posts on
 * its own and keeps what was typed when something is refused.
 */
@Named
@ViewScoped
public class MeetingPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int EMPTY_ATTENDEE_ROWS = 4;

    @Inject
    private RapidReviewMeetings meetings;

    @Inject
    private AgencyService agencies;

    private String id;
    private MeetingView view;
    private List<AgencyView> agencyList = List.of();
    private List<AttendeeForm> attendees = new ArrayList<>();
    private CaseDiscussionNotes notes = new CaseDiscussionNotes();
    private String equality;
    private String actionDescription;
    private String actionOwner;
    private LocalDate actionDueOn;
    private String actionFollowUp;
    private PendingInformation.Kind pendingKind;
    private String pendingDescription;
    private LocalDate pendingExpectedBy;
    private Recommendation recommendation;
    private boolean nationalReview;
    private String rationale;
    private String independentAdviser;
    private String endorsesFor;
    private Boolean agrees;
    private String comment;
    private Escalation.Level level;
    private Recommendation decision;
    private String decidedBy;
    private String decisionRationale;
    private RapidReviewMeeting.SentBy how;
    private String sentNote;
    private LocalDate respondedOn;
    private Boolean panelAgrees;
    private String panelReasons;

    public void load() {
        try {
            view = meetings.view(id);
            // Only the business unit records the meeting; others read it and never need the agency list.
            if (attendees.isEmpty() && TenantContext.caller().hasRole(Role.BUSINESS_MANAGER)) {
                view.attendees().forEach(a -> attendees.add(new AttendeeForm(a.name(), a.role(), agencyIdOf(a),
                        a.username())));
                for (int i = 0; i < EMPTY_ATTENDEE_ROWS; i++) {
                    attendees.add(new AttendeeForm());
                }
                notes = view.notes();
                equality = view.equalityConsideration();
            }
            if (endorsesFor == null && !view.mayEndorseFor().isEmpty()) {
                endorsesFor = view.mayEndorseFor().get(0);
            }
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        } catch (RecordNotFoundException e) {
            Pages.notFound();
        } catch (InvalidFieldException e) {
            Messages.errorFor(null, e.getMessage());
        }
    }

    private String agencyIdOf(Attendee attendee) {
        return getAgencies().stream().filter(a -> a.name().equals(attendee.agencyName())).map(AgencyView::id)
                .findFirst().orElse(null);
    }

    public List<AgencyView> getAgencies() {
        if (agencyList.isEmpty()) {
            try {
                agencyList = agencies.list();
            } catch (AccessDeniedException e) {
                agencyList = List.of();
            }
        }
        return agencyList;
    }

    /** Runs one form's action; a refusal is shown beside its field, or beside the form's button. */
    private String run(String form, String button, Runnable action, String done) {
        return FormActions.attempt(form, button, action, done, "/app/reviews/meeting?faces-redirect=true&id=" + id);
    }

    public String publishPapers() {
        return run("papers", "publish", () -> meetings.publishPapers(id), "meeting.papers.published");
    }

    public String recordAttendance() {
        return run("attendance", "record", () -> meetings.recordAttendance(id, attendees), "meeting.attendance.recorded");
    }

    public String saveNotes() {
        return run("notes", "saveNotes", () -> meetings.writeNotes(id, notes, equality), "meeting.notes.saved");
    }

    public String addAction() {
        return run("actions", "addAction", () -> meetings.addSafetyAction(id, actionDescription, actionOwner, actionDueOn),
                "meeting.action.added");
    }

    public String completeAction(String actionId) {
        return run("actions", "addAction", () -> meetings.completeSafetyAction(id, actionId, actionFollowUp), "meeting.action.done");
    }

    public String addPending() {
        return run("pending", "addPending", () -> meetings.addPendingInformation(id, pendingKind, pendingDescription,
                pendingExpectedBy), "meeting.pending.added");
    }

    public String recordOutcome() {
        return run("outcome", "recordOutcome", () -> meetings.recordOutcome(id, recommendation, nationalReview, rationale,
                independentAdviser), "meeting.outcome.recorded");
    }

    public String endorse() {
        if (agrees == null) {
            Messages.errorFor("endorse:agrees", Messages.text("meeting.endorse.choose"));
            return null;
        }
        return run("endorse", "endorseButton", () -> meetings.endorse(id, endorsesFor, agrees, comment), "meeting.endorse.recorded");
    }

    public String escalate() {
        return run("escalation", "escalateButton", () -> meetings.escalate(id, level), "meeting.escalation.recorded");
    }

    /** The business unit records a decision with who made it; a member of the executive decides in their own name. */
    public String decide() {
        if (isDecidesAsExecutive()) {
            return run("decision", "decideButton", () -> meetings.decideAsExecutive(id, decision, decisionRationale),
                    "meeting.decision.recorded");
        }
        return run("decision", "decideButton", () -> meetings.decideEscalation(id, decision, decidedBy, decisionRationale),
                "meeting.decision.recorded");
    }

    /** §7.12: the outcome waits for the Safeguarding Executive, and this person sits on it. */
    public boolean isDecidesAsExecutive() {
        return view != null && view.awaitsTheExecutive() && TenantContext.caller().hasRole(Role.EXECUTIVE)
                && !TenantContext.caller().hasRole(Role.BUSINESS_MANAGER);
    }

    public String recordSent() {
        return run("sent", "sentButton", () -> meetings.recordReportSent(id, how, sentNote), "meeting.sent.recorded");
    }

    public String recordResponse() {
        if (panelAgrees == null) {
            Messages.errorFor("response:panelAgrees", Messages.text("meeting.response.choose"));
            return null;
        }
        return run("response", "responseButton", () -> meetings.recordPanelResponse(id, respondedOn, panelAgrees, panelReasons),
                "meeting.response.recorded");
    }

    public Recommendation[] getRecommendations() {
        return Recommendation.values();
    }

    public PendingInformation.Kind[] getPendingKinds() {
        return PendingInformation.Kind.values();
    }

    public Escalation.Level[] getLevels() {
        return Escalation.Level.values();
    }

    public RapidReviewMeeting.SentBy[] getSentWays() {
        return RapidReviewMeeting.SentBy.values();
    }

    public java.util.Map<String, String> getNoteHeadings() {
        return CaseDiscussionNotes.headings();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MeetingView getView() {
        return view;
    }

    public List<AttendeeForm> getAttendees() {
        return attendees;
    }

    public CaseDiscussionNotes getNotes() {
        return notes;
    }

    public String getEquality() {
        return equality;
    }

    public void setEquality(String equality) {
        this.equality = equality;
    }

    public String getActionDescription() {
        return actionDescription;
    }

    public void setActionDescription(String actionDescription) {
        this.actionDescription = actionDescription;
    }

    public String getActionOwner() {
        return actionOwner;
    }

    public void setActionOwner(String actionOwner) {
        this.actionOwner = actionOwner;
    }

    public LocalDate getActionDueOn() {
        return actionDueOn;
    }

    public void setActionDueOn(LocalDate actionDueOn) {
        this.actionDueOn = actionDueOn;
    }

    public String getActionFollowUp() {
        return actionFollowUp;
    }

    public void setActionFollowUp(String actionFollowUp) {
        this.actionFollowUp = actionFollowUp;
    }

    public PendingInformation.Kind getPendingKind() {
        return pendingKind;
    }

    public void setPendingKind(PendingInformation.Kind pendingKind) {
        this.pendingKind = pendingKind;
    }

    public String getPendingDescription() {
        return pendingDescription;
    }

    public void setPendingDescription(String pendingDescription) {
        this.pendingDescription = pendingDescription;
    }

    public LocalDate getPendingExpectedBy() {
        return pendingExpectedBy;
    }

    public void setPendingExpectedBy(LocalDate pendingExpectedBy) {
        this.pendingExpectedBy = pendingExpectedBy;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(Recommendation recommendation) {
        this.recommendation = recommendation;
    }

    public boolean isNationalReview() {
        return nationalReview;
    }

    public void setNationalReview(boolean nationalReview) {
        this.nationalReview = nationalReview;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public String getIndependentAdviser() {
        return independentAdviser;
    }

    public void setIndependentAdviser(String independentAdviser) {
        this.independentAdviser = independentAdviser;
    }

    public String getEndorsesFor() {
        return endorsesFor;
    }

    public void setEndorsesFor(String endorsesFor) {
        this.endorsesFor = endorsesFor;
    }

    public Boolean getAgrees() {
        return agrees;
    }

    public void setAgrees(Boolean agrees) {
        this.agrees = agrees;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Escalation.Level getLevel() {
        return level;
    }

    public void setLevel(Escalation.Level level) {
        this.level = level;
    }

    public Recommendation getDecision() {
        return decision;
    }

    public void setDecision(Recommendation decision) {
        this.decision = decision;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }

    public String getDecisionRationale() {
        return decisionRationale;
    }

    public void setDecisionRationale(String decisionRationale) {
        this.decisionRationale = decisionRationale;
    }

    public RapidReviewMeeting.SentBy getHow() {
        return how;
    }

    public void setHow(RapidReviewMeeting.SentBy how) {
        this.how = how;
    }

    public String getSentNote() {
        return sentNote;
    }

    public void setSentNote(String sentNote) {
        this.sentNote = sentNote;
    }

    public LocalDate getRespondedOn() {
        return respondedOn;
    }

    public void setRespondedOn(LocalDate respondedOn) {
        this.respondedOn = respondedOn;
    }

    public Boolean getPanelAgrees() {
        return panelAgrees;
    }

    public void setPanelAgrees(Boolean panelAgrees) {
        this.panelAgrees = panelAgrees;
    }

    public String getPanelReasons() {
        return panelReasons;
    }

    public void setPanelReasons(String panelReasons) {
        this.panelReasons = panelReasons;
    }
}
