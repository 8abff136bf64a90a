package uk.safeguarding.reviews.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.PlainDates;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * §9: "The action plan will be agreed by the Review Group and then handed over to the SSCP business
 * unit to monitor." One plan for each review, of any kind: drafted, agreed, handed over, monitored
 * while its owners report progress, verified once every action is, and closed.
 */
@Entity
@Table(name = "action_plan")
public class ActionPlan {

    /** Where the plan is in its life (§9). */
    public enum State {
        /** Its actions are being drawn up. */
        DRAFT,
        /** The review group agreed it: each action's timescale runs from that day. */
        AGREED,
        /** The business unit took it on to monitor. */
        HANDED_OVER,
        /** Owners are reporting progress. */
        MONITORING,
        /** Every action verified. */
        VERIFIED,
        /** Closed by the business unit, with its closing note. */
        CLOSED
    }

    @Id
    @Column(name = "review_id")
    private String reviewId;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Column(name = "review_reference", nullable = false, updatable = false)
    private String reviewReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private State state;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "agreed_by")
    private String agreedBy;

    @Column(name = "agreed_on")
    private LocalDate agreedOn;

    @Column(name = "handed_over_to")
    private String handedOverTo;

    @Column(name = "handed_over_on")
    private LocalDate handedOverOn;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "closing_note")
    private String closingNote;

    protected ActionPlan() {
        // for JPA
    }

    /** A review's plan, begun as a draft. */
    public static ActionPlan begin(String reviewId, String reviewReference, String by, OffsetDateTime at) {
        ActionPlan plan = new ActionPlan();
        plan.reviewId = Objects.requireNonNull(reviewId);
        plan.reviewReference = Objects.requireNonNull(reviewReference);
        plan.state = State.DRAFT;
        plan.createdBy = Objects.requireNonNull(by);
        plan.createdAt = Objects.requireNonNull(at);
        return plan;
    }

    /** Actions are drawn up while the plan is a draft; afterwards the agreed plan is what is monitored. */
    public void requireDraft() {
        if (state != State.DRAFT) {
            throw new RefusedException("The action plan of " + reviewReference + " was agreed on "
                    + PlainDates.day(agreedOn) + ": its actions no longer change");
        }
    }

    /**
     * The review group agreed the plan, on a day from the plan's start to today, with every action
     * complete: refused with no action, or beside the field that lacks something.
     */
    public void agree(String by, LocalDate on, List<PlanAction> actions, LocalDate today) {
        requireDraft();
        if (actions.isEmpty()) {
            throw new RefusedException("Add the plan's actions first: from the report's recommendations, the Rapid"
                    + " Review's immediate actions, or your own");
        }
        String who = Texts.required("agreedBy", by, "Say who agreed the plan (\u00a79: the review group)");
        Texts.requireAtMost("agreedBy", who, 300);
        if (on == null) {
            throw new InvalidFieldException("agreedOn", "Enter the date the plan was agreed");
        }
        if (on.isAfter(today)) {
            throw new InvalidFieldException("agreedOn", "The date the plan was agreed must be today or in the past");
        }
        agreedBy = who;
        agreedOn = on;
        state = State.AGREED;
    }

    /** §9: handed over to the business unit to monitor, named. */
    public void handOver(String to, LocalDate on) {
        if (state != State.AGREED) {
            throw new RefusedException(state == State.DRAFT ? "The review group agrees the plan before it is handed"
                    + " over (\u00a79)" : "The plan of " + reviewReference + " was handed over already");
        }
        String who = Texts.required("handedOverTo", to, "Name who in the business unit monitors the plan");
        Texts.requireAtMost("handedOverTo", who, 300);
        handedOverTo = who;
        handedOverOn = Objects.requireNonNull(on);
        state = State.HANDED_OVER;
    }

    /** An owner reported on an action of a plan that was handed over: it is being monitored. */
    public void progressReported() {
        if (state == State.HANDED_OVER) {
            state = State.MONITORING;
        }
    }

    /** Verified once every one of its actions is; an action returned afterwards takes it back to monitoring. */
    public void actionsVerified(List<PlanAction> actions) {
        boolean all = !actions.isEmpty() && actions.stream().allMatch(a -> a.status() == PlanAction.Status.VERIFIED);
        if (all && (state == State.AGREED || state == State.HANDED_OVER || state == State.MONITORING)) {
            state = State.VERIFIED;
        }
    }

    /** Closed by the business unit once every action is verified, with what it concludes. */
    public void close(String note, String by, OffsetDateTime at) {
        if (state != State.VERIFIED) {
            throw new RefusedException("Close the plan once every action is verified");
        }
        String written = Texts.required("closingNote", note, "Say what the plan achieved, for the annual report");
        Texts.requireAtMost("closingNote", written, 4000);
        closingNote = written;
        closedBy = Objects.requireNonNull(by);
        closedAt = Objects.requireNonNull(at);
        state = State.CLOSED;
    }

    /** Whether its actions' owners can report on them: agreed and not yet closed. */
    public boolean running() {
        return state != State.DRAFT && state != State.CLOSED;
    }

    public String reviewId() {
        return reviewId;
    }

    public String reviewReference() {
        return reviewReference;
    }

    public State state() {
        return state;
    }

    public String createdBy() {
        return createdBy;
    }

    public String agreedBy() {
        return agreedBy;
    }

    public LocalDate agreedOn() {
        return agreedOn;
    }

    public String handedOverTo() {
        return handedOverTo;
    }

    public LocalDate handedOverOn() {
        return handedOverOn;
    }

    public String closingNote() {
        return closingNote;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }
}
