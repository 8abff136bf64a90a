package uk.safeguarding.reviews.practicereview.domain;

import uk.safeguarding.reviews.kernel.RecordedDay;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
import uk.safeguarding.reviews.kernel.PlainDates;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * One version of a review's terms of reference (§8.1: "drafted at the rapid review meeting stage and
 * be agreed by the review group, for sign off at the next Practice Review Sub Group"). Its headings
 * are what §8.2 gives the review group to settle; its questions are those the report answers (§8.3).
 * A version is drafted, then agreed, then signed off, and never changed: a change is a new version,
 * and the one signed off last stays in force until the new one is.
 */
@Entity
@Table(name = "terms_of_reference")
public class TermsOfReference {

    /** Where a version stands. */
    public enum State {
        DRAFT, AGREED, SIGNED_OFF
    }

    /** Each heading's answer: room for a page of text, not a report. */
    public static final int MAX_HEADING = 4000;

    @Id
    private String id;

    @Column(name = "review_id", nullable = false, updatable = false)
    private String reviewId;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(nullable = false, updatable = false)
    private String timescales;

    @Column(name = "family_involvement", nullable = false, updatable = false)
    private String familyInvolvement;

    @Column(name = "evidence", nullable = false, updatable = false)
    private String evidence;

    @Column(name = "policy_and_procedure", nullable = false, updatable = false)
    private String policyAndProcedure;

    @Column(name = "legal_advice", nullable = false, updatable = false)
    private String legalAdvice;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "terms_of_reference_question", joinColumns = @JoinColumn(name = "terms_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false)
    private List<String> questions = new ArrayList<>();

    @Column(name = "drafted_by", nullable = false, updatable = false)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false, updatable = false)
    private OffsetDateTime draftedAt;

    @Column(name = "agreed_on")
    private LocalDate agreedOn;

    /** §8.2: the review group's meeting, or who agreed them for it. */
    @Column(name = "agreed_by")
    private String agreedBy;

    @Column(name = "agreement_recorded_by")
    private String agreementRecordedBy;

    @Column(name = "signed_off_on")
    private LocalDate signedOffOn;

    /** §8.1: the Practice Review Sub-Group meeting that signed them off. */
    @Column(name = "signed_off_at")
    private String signedOffAt;

    @Column(name = "signed_off_chair")
    private String signedOffChair;

    @Column(name = "sign_off_recorded_by")
    private String signOffRecordedBy;

    protected TermsOfReference() {
        // for JPA
    }

    /** What §8.2 asks the review group to settle, as typed. */
    public record Headings(String timescales, String familyInvolvement, String evidence, String policyAndProcedure,
            String legalAdvice, String questions) {
    }

    /**
     * Version {@code version} of the review's terms: every §8.2 heading answered and at least one
     * question; each refused beside its box when missing or too long.
     */
    public static TermsOfReference draft(String reviewId, int version, Headings headings, String by, OffsetDateTime at) {
        TermsOfReference terms = new TermsOfReference();
        terms.id = UUID.randomUUID().toString();
        terms.reviewId = Objects.requireNonNull(reviewId);
        terms.version = version;
        terms.timescales = heading("timescales", headings.timescales(), "practicereview.terms-of-reference.give-timescales-completing-review-8");
        terms.familyInvolvement = heading("familyInvolvement", headings.familyInvolvement(), "practicereview.terms-of-reference.say-how-child-family-will");
        terms.evidence = heading("evidence", headings.evidence(), "practicereview.terms-of-reference.say-what-evidence-needed-from");
        terms.policyAndProcedure = heading("policyAndProcedure", headings.policyAndProcedure(), "practicereview.terms-of-reference.name-policy-practice-procedures-relevant");
        terms.legalAdvice = heading("legalAdvice", headings.legalAdvice(), "practicereview.terms-of-reference.say-what-legal-advice-needed");
        terms.questions = new ArrayList<>(Texts.distinctLines("questions", headings.questions(), 500, "question",
                "practicereview.terms-of-reference.list-questions"));
        terms.draftedBy = Objects.requireNonNull(by);
        terms.draftedAt = Objects.requireNonNull(at);
        return terms;
    }

    private static String heading(String field, String text, String whenMissingKey) {
        return Texts.requiredWithin(field, text, MAX_HEADING, whenMissingKey);
    }

    public State state() {
        if (signedOffOn != null) {
            return State.SIGNED_OFF;
        }
        return agreedOn != null ? State.AGREED : State.DRAFT;
    }

    /**
     * §8.1, §8.2: the review group agreed this version on {@code on}, a day from its drafting to
     * today; refused unless it is a draft.
     */
    public void agree(LocalDate on, String agreedBy, String recordedBy, LocalDate draftedOn, LocalDate today) {
        if (state() != State.DRAFT) {
            throw RefusedException.because("practicereview.terms-of-reference.version-terms-reference-was-agreed",
                    version, PlainDates.day(agreedOn));
        }
        RecordedDay.require("agreedOn", on, "The date they were agreed",
                "practicereview.terms-of-reference.enter-date-review-group-agreed", draftedOn, today,
                "practicereview.terms-of-reference.terms-reference-cannot-agreed-before", version,
                PlainDates.day(draftedOn));
        String who = Texts.required("agreedBy", agreedBy,
                "practicereview.terms-of-reference.say-which-review-group-meeting");
        Texts.requireAtMost("agreedBy", who, 300);
        this.agreedOn = on;
        this.agreedBy = who;
        this.agreementRecordedBy = Objects.requireNonNull(recordedBy);
    }

    /**
     * §8.1: signed off "at the next Practice Review Sub Group": the meeting and its chair named, on a
     * day from the agreement to today; refused unless the review group agreed this version.
     */
    public void signOff(LocalDate on, String meeting, String chair, String recordedBy, LocalDate today) {
        if (state() == State.DRAFT) {
            throw RefusedException.because("practicereview.terms-of-reference.review-group-agrees-terms-reference",
                    version);
        }
        if (state() == State.SIGNED_OFF) {
            throw RefusedException.because("practicereview.terms-of-reference.version-terms-reference-was-signed",
                    version, PlainDates.day(signedOffOn));
        }
        RecordedDay.require("signedOffOn", on, "The date they were signed off",
                "practicereview.terms-of-reference.enter-date-practice-review-sub", agreedOn, today,
                "practicereview.terms-of-reference.sub-group-cannot-sign-them", PlainDates.day(agreedOn));
        String where = Texts.required("meeting", meeting,
                "practicereview.terms-of-reference.name-practice-review-sub-group");
        Texts.requireAtMost("meeting", where, 300);
        String chairName = Texts.required("chair", chair,
                "practicereview.terms-of-reference.give-name-chair-who-signed");
        Texts.requireAtMost("chair", chairName, 200);
        this.signedOffOn = on;
        this.signedOffAt = where;
        this.signedOffChair = chairName;
        this.signOffRecordedBy = Objects.requireNonNull(recordedBy);
    }

    public String id() {
        return id;
    }

    public String reviewId() {
        return reviewId;
    }

    public int version() {
        return version;
    }

    public String timescales() {
        return timescales;
    }

    public String familyInvolvement() {
        return familyInvolvement;
    }

    public String evidence() {
        return evidence;
    }

    public String policyAndProcedure() {
        return policyAndProcedure;
    }

    public String legalAdvice() {
        return legalAdvice;
    }

    public List<String> questions() {
        return List.copyOf(questions);
    }

    public String draftedBy() {
        return draftedBy;
    }

    public OffsetDateTime draftedAt() {
        return draftedAt;
    }

    public LocalDate agreedOn() {
        return agreedOn;
    }

    public String agreedBy() {
        return agreedBy;
    }

    public String agreementRecordedBy() {
        return agreementRecordedBy;
    }

    public LocalDate signedOffOn() {
        return signedOffOn;
    }

    public String signedOffAt() {
        return signedOffAt;
    }

    public String signedOffChair() {
        return signedOffChair;
    }

    public String signOffRecordedBy() {
        return signOffRecordedBy;
    }
}
