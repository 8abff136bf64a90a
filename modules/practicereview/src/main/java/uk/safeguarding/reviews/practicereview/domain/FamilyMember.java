package uk.safeguarding.reviews.practicereview.domain;

import uk.safeguarding.reviews.kernel.RecordedDay;
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
 * §6, Document 3: a member of the child's family and their part in a review. Whether they are
 * involved is decided in the child's best interests, "subject to age and understanding"; a decision
 * not to involve them states its reasons, which print in the meeting notes. Who facilitates their
 * involvement and what may not be shared with them are recorded, then each contact (invited, met,
 * views recorded, told of the findings and of publication) and their feedback on how sensitively the
 * review was conducted.
 */
@Entity
@Table(name = "family_member")
public class FamilyMember {

    /** The decision on involving them (§6). */
    public enum Involvement {
        UNDECIDED, INVOLVED, NOT_INVOLVED
    }

    /** The contacts Document 3 follows, in the order a review usually makes them. */
    public enum ContactKind {
        INVITED, MET, VIEWS_RECORDED, TOLD_OF_FINDINGS, TOLD_OF_PUBLICATION
    }

    @Id
    private String id;

    @Column(name = "review_id", nullable = false, updatable = false)
    private String reviewId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String relationship;

    /** §6: "subject to age and understanding": what the decision weighed, for a child above all. */
    @Column(name = "age_and_understanding")
    private String ageAndUnderstanding;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Involvement involvement;

    @Column(name = "reasons")
    private String reasons;

    @Column(name = "facilitator")
    private String facilitator;

    @Column(name = "not_shared")
    private String notShared;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_by")
    private String decidedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "family_contact", joinColumns = @JoinColumn(name = "member_id"))
    @OrderColumn(name = "position")
    private List<FamilyContact> contacts = new ArrayList<>();

    /** Document 3, §10.3: how sensitively they felt the review was conducted. */
    @Column(name = "feedback")
    private String feedback;

    /** §10.3 j: whether they said the review was conducted in a sensitive way. */
    @Column(name = "feedback_sensitive")
    private Boolean feedbackSensitive;

    @Column(name = "feedback_on")
    private LocalDate feedbackOn;

    @Column(name = "added_by", nullable = false, updatable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private OffsetDateTime addedAt;

    protected FamilyMember() {
        // for JPA
    }

    /** A family member named on the review, their involvement not decided yet. */
    public static FamilyMember add(String reviewId, String name, String relationship, String ageAndUnderstanding,
            String by, OffsetDateTime at) {
        FamilyMember member = new FamilyMember();
        member.id = UUID.randomUUID().toString();
        member.reviewId = Objects.requireNonNull(reviewId);
        member.name = Texts.required("name", name, "practicereview.family-member.enter-family-member-name");
        Texts.requireAtMost("name", member.name, 200);
        member.relationship = Texts.required("relationship", relationship,
                "practicereview.family-member.say-who-they-are-child");
        Texts.requireAtMost("relationship", member.relationship, 100);
        member.ageAndUnderstanding = Texts.blankToNull(ageAndUnderstanding);
        Texts.requireAtMost("ageAndUnderstanding", member.ageAndUnderstanding, 1000);
        member.involvement = Involvement.UNDECIDED;
        member.addedBy = Objects.requireNonNull(by);
        member.addedAt = Objects.requireNonNull(at);
        return member;
    }

    /**
     * §6: the decision on involving them, on a day up to today. Not involving them needs the reasons
     * ("the reasons for the decision should be clearly stated"); involving them needs who facilitates
     * it. What may not be shared with them is recorded either way.
     */
    public void decide(Involvement decision, String why, String facilitatedBy, String notToShare, LocalDate on,
            String by, LocalDate today) {
        if (decision == null || decision == Involvement.UNDECIDED) {
            throw InvalidFieldException.refused("involvement",
                    "practicereview.family-member.choose-whether-will-involved", name);
        }
        RecordedDay.require("decidedOn", on, "The date of the decision",
                "practicereview.family-member.enter-date-decision", today);
        String reasonsGiven = Texts.blankToNull(why);
        if (decision == Involvement.NOT_INVOLVED && reasonsGiven == null) {
            throw InvalidFieldException.refused("reasons",
                    "practicereview.family-member.say-why-involving-not-child", name);
        }
        Texts.requireAtMost("reasons", reasonsGiven, 2000);
        String facilitating = Texts.blankToNull(facilitatedBy);
        if (decision == Involvement.INVOLVED && facilitating == null) {
            throw InvalidFieldException.refused("facilitator",
                    "practicereview.family-member.say-who-facilitates-involvement-6", name);
        }
        Texts.requireAtMost("facilitator", facilitating, 200);
        String restricted = Texts.blankToNull(notToShare);
        Texts.requireAtMost("notShared", restricted, 2000);
        involvement = decision;
        reasons = reasonsGiven;
        facilitator = facilitating;
        notShared = restricted;
        decidedOn = on;
        decidedBy = Objects.requireNonNull(by);
    }

    /** A contact with them, on a day up to today; only once they are to be involved. */
    public void contact(ContactKind kind, LocalDate on, String note, String by, LocalDate today) {
        if (involvement != Involvement.INVOLVED) {
            throw RefusedException.because("practicereview.family-member.not-involved", name,
                    (involvement == Involvement.UNDECIDED
                    ? " yet: decide first (\u00a76)" : " (decided on " + PlainDates.day(decidedOn) + ")"));
        }
        if (kind == null) {
            throw InvalidFieldException.refused("contactKind", "practicereview.family-member.choose-what-contact-was");
        }
        RecordedDay.require("contactOn", on, "The date of the contact",
                "practicereview.family-member.enter-date-contact", today);
        String text = Texts.blankToNull(note);
        Texts.requireAtMost("contactNote", text, 2000);
        contacts.add(new FamilyContact(kind, on, text, Objects.requireNonNull(by)));
    }

    /**
     * Their feedback on how sensitively the review was conducted, whether they said it was, and when
     * they gave it: the executive's figure §10.3 j counts it in that year.
     */
    public void feedback(String text, Boolean sensitive, LocalDate on, LocalDate today) {
        if (involvement != Involvement.INVOLVED) {
            throw RefusedException.because("practicereview.family-member.was-not-involved-review-there", name);
        }
        String given = Texts.required("feedback", text, "practicereview.family-member.record-what-said-about-how",
                name);
        Texts.requireAtMost("feedback", given, 4000);
        if (sensitive == null) {
            throw InvalidFieldException.refused("feedbackSensitive",
                    "practicereview.family-member.say-whether-said-review-was", name);
        }
        if (on == null) {
            throw InvalidFieldException.refused("feedbackOn",
                    "practicereview.family-member.enter-date-gave-feedback", name);
        }
        RecordedDay.require("feedbackOn", on, "The date of the feedback",
                "practicereview.family-member.enter-date-gave-feedback",
                today);
        feedback = given;
        feedbackSensitive = sensitive;
        feedbackOn = on;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String relationship() {
        return relationship;
    }

    public String ageAndUnderstanding() {
        return ageAndUnderstanding;
    }

    public Involvement involvement() {
        return involvement;
    }

    public String reasons() {
        return reasons;
    }

    public String facilitator() {
        return facilitator;
    }

    public String notShared() {
        return notShared;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public List<FamilyContact> contacts() {
        return List.copyOf(contacts);
    }

    public String feedback() {
        return feedback;
    }

    public Boolean feedbackSensitive() {
        return feedbackSensitive;
    }

    public LocalDate feedbackOn() {
        return feedbackOn;
    }

    public String reviewId() {
        return reviewId;
    }

    public String addedBy() {
        return addedBy;
    }

    public OffsetDateTime addedAt() {
        return addedAt;
    }
}
