package uk.safeguarding.reviews.practicereview.domain;

import uk.safeguarding.reviews.kernel.RecordedDay;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * §5.3: a Good Outcome Review "will examine multi agency success, how it was achieved and what we can
 * learn to disseminate the success further". Its learning summary, agreed by those who ran it: what
 * made the difference and how it was achieved, what others can learn, the further areas for
 * improvement it showed, and who should hear it. Refused beside the box that lacks something.
 */
@Entity
@Table(name = "learning_summary")
public class LearningSummary {

    public static final int MAX_TEXT = 6000;

    @Id
    @Column(name = "review_id")
    private String reviewId;

    @Column(name = "success", nullable = false, updatable = false)
    private String success;

    @Column(name = "learning", nullable = false, updatable = false)
    private String learning;

    @Column(name = "further_improvement", nullable = false, updatable = false)
    private String furtherImprovement;

    @Column(name = "audiences", nullable = false, updatable = false)
    private String audiences;

    @Column(name = "agreed_by", nullable = false, updatable = false)
    private String agreedBy;

    @Column(name = "agreed_on", nullable = false, updatable = false)
    private LocalDate agreedOn;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected LearningSummary() {
        // for JPA
    }

    /** What the business unit records of the agreed summary, as typed. */
    public record Summary(String success, String learning, String furtherImprovement, String audiences,
            String agreedBy, LocalDate agreedOn) {
    }

    /** The agreed summary: every part given, agreed on a day from the review's opening to today. */
    public static LearningSummary agree(String reviewId, Summary summary, LocalDate reviewOpenedOn, String by,
            OffsetDateTime at, LocalDate today) {
        LearningSummary agreed = new LearningSummary();
        agreed.reviewId = Objects.requireNonNull(reviewId);
        agreed.success = text("success", summary.success(), "practicereview.learning-summary.say-what-made-difference-child");
        agreed.learning = text("learning", summary.learning(), "practicereview.learning-summary.say-what-others-can-learn");
        agreed.furtherImprovement = text("furtherImprovement", summary.furtherImprovement(), "practicereview.learning-summary.name-further-areas-improvement-showed");
        agreed.audiences = text("audiences", summary.audiences(), "practicereview.learning-summary.say-who-should-hear-learning");
        agreed.agreedBy = text("agreedBy", summary.agreedBy(), "practicereview.learning-summary.say-who-agreed-summary");
        Texts.requireAtMost("agreedBy", agreed.agreedBy, 300);
        RecordedDay.require("agreedOn", summary.agreedOn(), "The date it was agreed",
                "practicereview.learning-summary.enter-date-summary-was-agreed", reviewOpenedOn, today,
                "practicereview.learning-summary.summary-cannot-agreed-before-review",
                uk.safeguarding.reviews.kernel.PlainDates.day(reviewOpenedOn));
        agreed.agreedOn = summary.agreedOn();
        agreed.recordedBy = Objects.requireNonNull(by);
        agreed.recordedAt = Objects.requireNonNull(at);
        return agreed;
    }

    private static String text(String field, String value, String whenMissingKey) {
        return Texts.requiredWithin(field, value, MAX_TEXT, whenMissingKey);
    }

    public String reviewId() {
        return reviewId;
    }

    public String success() {
        return success;
    }

    public String learning() {
        return learning;
    }

    public String furtherImprovement() {
        return furtherImprovement;
    }

    public String audiences() {
        return audiences;
    }

    public String agreedBy() {
        return agreedBy;
    }

    public LocalDate agreedOn() {
        return agreedOn;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
