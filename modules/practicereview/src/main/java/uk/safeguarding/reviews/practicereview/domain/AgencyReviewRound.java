package uk.safeguarding.reviews.practicereview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * One time the agency was asked for its lessons (the first when it was named, another each time
 * scrutiny returned them), what it sent, and the partnership's scrutiny of it (§4.2 table: "scrutiny
 * that learning has been effectively addressed"). A round once sent or judged is never rewritten: a
 * return opens the next round, so every answer and every reason stays on the record.
 */
@Entity
@Table(name = "agency_review_round")
public class AgencyReviewRound {

    public static final int MAX_TEXT = 6000;

    /** The partnership's judgement on the lessons sent. */
    public enum Judgement {
        /** The learning has been effectively addressed: the lessons can be shared. */
        ADDRESSED,
        /** Not yet: back to the agency, with the reason. */
        RETURNED
    }

    @Id
    private String id;

    @Column(name = "agency_review_id", nullable = false, updatable = false)
    private String agencyReviewId;

    @Column(name = "round", nullable = false, updatable = false)
    private int roundNumber;

    @Column(name = "asked_at", nullable = false, updatable = false)
    private OffsetDateTime askedAt;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "scope")
    private String scope;

    @Column(name = "findings")
    private String findings;

    @Column(name = "lessons")
    private String lessons;

    @Column(name = "changes")
    private String changes;

    @Column(name = "shared_learning")
    private String sharedLearning;

    @Column(name = "sent_by")
    private String sentBy;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "judgement")
    private Judgement judgement;

    @Column(name = "judgement_note")
    private String judgementNote;

    @Column(name = "judged_by")
    private String judgedBy;

    @Column(name = "judged_at")
    private OffsetDateTime judgedAt;

    protected AgencyReviewRound() {
        // for JPA
    }

    /** The agency's lessons as its contact typed them. */
    public record Lessons(String scope, String findings, String lessons, String changes, String sharedLearning) {
    }

    /** The agency asked (again), its answer due on {@code dueOn} by the partnership's clock. */
    public static AgencyReviewRound ask(String agencyReviewId, int round, OffsetDateTime at, LocalDate dueOn) {
        AgencyReviewRound asked = new AgencyReviewRound();
        asked.id = UUID.randomUUID().toString();
        asked.agencyReviewId = Objects.requireNonNull(agencyReviewId);
        if (round < 1) {
            throw new IllegalArgumentException("Rounds count from 1: " + round);
        }
        asked.roundNumber = round;
        asked.askedAt = Objects.requireNonNull(at);
        asked.dueOn = Objects.requireNonNull(dueOn);
        return asked;
    }

    /**
     * The agency's lessons, once per round: what it looked at and how, what it found, the lessons it
     * learned and what it is changing, each refused beside its box when missing; what other agencies
     * could learn is optional.
     */
    public void send(Lessons sent, String by, OffsetDateTime at) {
        if (sentAt != null) {
            throw RefusedException.because("practicereview.agency-review-round.lessons-round-were-sent-already",
                    roundNumber, uk.safeguarding.reviews.kernel.PlainDates.day(
                    sentAt.atZoneSameInstant(java.time.ZoneId.of("Europe/London")).toLocalDate()));
        }
        String givenScope = text("scope", sent.scope(), "practicereview.agency-review-round.say-what-agency-looked-how");
        String givenFindings = text("findings", sent.findings(), "practicereview.agency-review-round.say-what-agency-found-about");
        String givenLessons = text("lessons", sent.lessons(), "practicereview.agency-review-round.say-what-agency-has-learned");
        String givenChanges = text("changes", sent.changes(), "practicereview.agency-review-round.say-what-agency-changing-result");
        String givenShared = Texts.blankToNull(sent.sharedLearning());
        Texts.requireAtMost("sharedLearning", givenShared, MAX_TEXT);
        scope = givenScope;
        findings = givenFindings;
        lessons = givenLessons;
        changes = givenChanges;
        sharedLearning = givenShared;
        sentBy = Objects.requireNonNull(by);
        sentAt = Objects.requireNonNull(at);
    }

    /**
     * The partnership's scrutiny of what was sent: addressed, with the evidence seen, or returned,
     * with the reason the agency reads; once per round, and only once the lessons are sent.
     */
    public void judge(Judgement given, String note, String by, OffsetDateTime at) {
        if (sentAt == null) {
            throw RefusedException.because("practicereview.agency-review-round.agency-has-not-sent-lessons");
        }
        if (judgement != null) {
            throw RefusedException.because("practicereview.agency-review-round.lessons-round-were-scrutinised-already", roundNumber);
        }
        if (given == null) {
            throw uk.safeguarding.reviews.kernel.InvalidFieldException.refused("judgement",
                    "practicereview.agency-review-round.say-whether-learning-has-been");
        }
        String written = text("note", note, given == Judgement.ADDRESSED
                ? "practicereview.agency-review-round.say-what-evidence-shows-addressed"
                : "practicereview.agency-review-round.say-why-lessons-go-back");
        judgement = given;
        judgementNote = written;
        judgedBy = Objects.requireNonNull(by);
        judgedAt = Objects.requireNonNull(at);
    }

    public boolean sent() {
        return sentAt != null;
    }

    public boolean judged() {
        return judgement != null;
    }

    /** Whether the agency's answer is late: not sent and the due day has passed. */
    public boolean overdue(LocalDate today) {
        return sentAt == null && today.isAfter(dueOn);
    }

    private static String text(String field, String value, String whenMissingKey) {
        return Texts.requiredWithin(field, value, MAX_TEXT, whenMissingKey);
    }

    public String id() {
        return id;
    }

    public String agencyReviewId() {
        return agencyReviewId;
    }

    public int round() {
        return roundNumber;
    }

    public OffsetDateTime askedAt() {
        return askedAt;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String scope() {
        return scope;
    }

    public String findings() {
        return findings;
    }

    public String lessons() {
        return lessons;
    }

    public String changes() {
        return changes;
    }

    public String sharedLearning() {
        return sharedLearning;
    }

    public String sentBy() {
        return sentBy;
    }

    public OffsetDateTime sentAt() {
        return sentAt;
    }

    public Judgement judgement() {
        return judgement;
    }

    public String judgementNote() {
        return judgementNote;
    }

    public String judgedBy() {
        return judgedBy;
    }

    public OffsetDateTime judgedAt() {
        return judgedAt;
    }
}
