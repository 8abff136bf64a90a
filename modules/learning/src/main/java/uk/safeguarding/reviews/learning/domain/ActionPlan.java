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
            throw RefusedException.because("learning.action-plan.action-plan-was-agreed-actions", reviewReference,
                    PlainDates.day(agreedOn));
        }
    }

    /**
     * The review group agreed the plan, on a day from the plan's start to today, with every action
     * complete: refused with no action, or beside the field that lacks something.
     */
    public void agree(String by, LocalDate on, List<PlanAction> actions, LocalDate today) {
        requireDraft();
        if (actions.isEmpty()) {
            throw RefusedException.because("learning.action-plan.add-plan-actions-first-from");
        }
        String who = Texts.required("agreedBy", by, "learning.action-plan.say-who-agreed-plan-9");
        Texts.requireAtMost("agreedBy", who, 300);
        if (on == null) {
            throw InvalidFieldException.refused("agreedOn", "learning.action-plan.enter-date-plan-was-agreed");
        }
        if (on.isAfter(today)) {
            throw InvalidFieldException.refused("agreedOn", "learning.action-plan.date-plan-was-agreed-must");
        }
        agreedBy = who;
        agreedOn = on;
        state = State.AGREED;
    }

    /** §9: handed over to the business unit to monitor, named. */
    public void handOver(String to, LocalDate on) {
        if (state != State.AGREED) {
            throw state == State.DRAFT ? RefusedException.because("learning.action-plan.agreed-before-handed-over")
                    : RefusedException.because("learning.action-plan.handed-over-already", reviewReference);
        }
        String who = Texts.required("handedOverTo", to, "learning.action-plan.name-who-business-unit-monitors");
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
            throw RefusedException.because("learning.action-plan.close-plan-once-every-action");
        }
        String written = Texts.required("closingNote", note, "learning.action-plan.say-what-plan-achieved-annual");
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
