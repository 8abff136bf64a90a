package uk.safeguarding.reviews.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import uk.safeguarding.reviews.clocks.domain.ClockPeriod;
import uk.safeguarding.reviews.clocks.domain.ClockUnit;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * One action of a review's plan (§9, Document 13): the recommendation it answers, what will be done,
 * the agency and the person responsible, its timescale (the partnership's default or one chosen for
 * it, counted by the clock engine from the plan's agreement), "what will change as a result?", and
 * its status: open, in progress, done (with evidence), verified, or returned with a reason.
 */
@Entity
@Table(name = "plan_action")
public class PlanAction {

    /** What clocks name as an action's subject type: the owner is reminded, the business unit told when late. */
    public static final String CLOCK_SUBJECT_TYPE = "plan-action";

    public static final int MAX_TEXT = 4000;

    /** Where the action came from. */
    public enum Source {
        /** One of the report's recommendations (§8.3). */
        RECOMMENDATION,
        /** One of the Rapid Review's immediate actions to keep children safe (§7.12). */
        IMMEDIATE_ACTION,
        /** Added to the plan by the business unit. */
        ADDED
    }

    /** Where the action is. */
    public enum Status {
        OPEN, IN_PROGRESS, DONE, VERIFIED, RETURNED
    }

    @Id
    private String id;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Column(name = "review_id", nullable = false, updatable = false)
    private String reviewId;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, updatable = false)
    private Source source;

    @Column(name = "answers", nullable = false, updatable = false)
    private String answers;

    @Column(name = "what", nullable = false, updatable = false)
    private String what;

    @Column(name = "agency_id", nullable = false, updatable = false)
    private String agencyId;

    @Column(name = "agency_name", nullable = false, updatable = false)
    private String agencyName;

    @Column(name = "owner_username", nullable = false, updatable = false)
    private String ownerUsername;

    @Column(name = "owner_name", nullable = false, updatable = false)
    private String ownerName;

    @Column(name = "owner_email", updatable = false)
    private String ownerEmail;

    @Column(name = "timescale_amount", updatable = false)
    private Integer timescaleAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "timescale_unit", updatable = false)
    private ClockUnit timescaleUnit;

    @Column(name = "intended_outcome", nullable = false, updatable = false)
    private String intendedOutcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "scrutineer_username")
    private String scrutineerUsername;

    @Column(name = "scrutineer_name")
    private String scrutineerName;

    protected PlanAction() {
        // for JPA
    }

    /** The person answerable for an action: a contact of its agency, so they can report on it. */
    public record Owner(String agencyId, String agencyName, String username, String name, String email) {
    }

    /** An action as the business unit drew it up. */
    public record Drawn(Source source, String answers, String what, Owner owner, ClockPeriod timescale,
            String intendedOutcome) {
    }

    /**
     * An action of the plan, numbered in turn: each part refused beside its box when missing or too
     * long. No timescale means the partnership's default (its {@code plan-action} clock rule).
     */
    public static PlanAction draw(String reviewId, int number, Drawn drawn) {
        PlanAction action = new PlanAction();
        action.id = UUID.randomUUID().toString();
        action.reviewId = Objects.requireNonNull(reviewId);
        action.number = number;
        action.source = Objects.requireNonNull(drawn.source());
        action.answers = text("answers", drawn.answers(), "learning.plan-action.say-which-recommendation-finding-action");
        action.what = text("what", drawn.what(), "learning.plan-action.say-what-will-done");
        if (drawn.owner() == null || Texts.isBlank(drawn.owner().agencyId())) {
            throw InvalidFieldException.refused("agency", "learning.plan-action.choose-agency-responsible-action");
        }
        if (Texts.isBlank(drawn.owner().username())) {
            throw InvalidFieldException.refused("owner",
                    "learning.plan-action.choose-person-responsible-one-contacts", drawn.owner().agencyName());
        }
        action.agencyId = drawn.owner().agencyId();
        action.agencyName = drawn.owner().agencyName();
        action.ownerUsername = drawn.owner().username();
        action.ownerName = drawn.owner().name();
        action.ownerEmail = drawn.owner().email();
        if (drawn.timescale() != null) {
            action.timescaleAmount = drawn.timescale().amount();
            action.timescaleUnit = drawn.timescale().unit();
        }
        action.intendedOutcome = text("intendedOutcome", drawn.intendedOutcome(), "learning.plan-action.say-what-will-change-result");
        action.status = Status.OPEN;
        return action;
    }

    /** The plan was agreed: the day its timescale ends, from the clock engine. */
    public void dueOn(LocalDate day) {
        dueOn = Objects.requireNonNull(day);
    }

    /** The owner reports progress: an open, in-progress or returned action is in progress. */
    public void progress() {
        requireOwnersTurn();
        status = Status.IN_PROGRESS;
    }

    /** The owner reports it done, with the evidence (checked by the service: a note and a file). */
    public void done() {
        requireOwnersTurn();
        status = Status.DONE;
    }

    /** §10.1: the scrutineer whose turn it is verifies it; none means the business unit does. */
    public void askScrutineer(RotaMember member) {
        scrutineerUsername = member == null ? null : member.username();
        scrutineerName = member == null ? null : member.displayName();
    }

    /** Whether {@code username} is the scrutineer asked to verify it. */
    public boolean scrutinisedBy(String username) {
        return scrutineerUsername != null && scrutineerUsername.equals(username);
    }

    /** The business unit verified it (§9): only a done action. */
    public void verify() {
        if (status != Status.DONE) {
            throw RefusedException.because("learning.plan-action.only-action-owner-reported-done", number,
                    status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
        status = Status.VERIFIED;
    }

    /** Back to its owner with the reason: only a done action. */
    public void returnToOwner() {
        if (status != Status.DONE) {
            throw RefusedException.because("learning.plan-action.only-action-owner-reported-done-2", number,
                    status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
        status = Status.RETURNED;
    }

    private void requireOwnersTurn() {
        if (status == Status.DONE || status == Status.VERIFIED) {
            throw RefusedException.because("learning.plan-action.action-there-nothing-more-report", number,
                    (status == Status.DONE ? "reported done and"
                    + " waits for verification" : "verified"));
        }
    }

    /** The timescale chosen for it, or null for the partnership's default. */
    public ClockPeriod timescale() {
        return timescaleAmount == null ? null : new ClockPeriod(timescaleAmount, timescaleUnit);
    }

    private static String text(String field, String value, String whenMissingKey) {
        return Texts.requiredWithin(field, value, MAX_TEXT, whenMissingKey);
    }

    public String id() {
        return id;
    }

    public String reviewId() {
        return reviewId;
    }

    public int number() {
        return number;
    }

    public Source source() {
        return source;
    }

    public String answers() {
        return answers;
    }

    public String what() {
        return what;
    }

    public String agencyId() {
        return agencyId;
    }

    public String agencyName() {
        return agencyName;
    }

    public String ownerUsername() {
        return ownerUsername;
    }

    public String ownerName() {
        return ownerName;
    }

    public String ownerEmail() {
        return ownerEmail;
    }

    public String intendedOutcome() {
        return intendedOutcome;
    }

    public Status status() {
        return status;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String scrutineerUsername() {
        return scrutineerUsername;
    }

    public String scrutineerName() {
        return scrutineerName;
    }
}
