package uk.safeguarding.reviews.practicereview.domain;

import uk.safeguarding.reviews.kernel.RecordedDay;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import uk.safeguarding.reviews.kernel.PlainDates;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * §7.12: a Rapid Review whose settled outcome is "another type of local review or learning event"
 * leads to one: the partners' decision (its day and why this kind), recorded with the review it
 * opened. One per Rapid Review.
 */
@Entity
@Table(name = "follow_on_review")
public class FollowOnReview {

    @Id
    @Column(name = "review_id")
    private String reviewId;

    @Column(name = "rapid_review_id", nullable = false, updatable = false)
    private String rapidReviewId;

    @Column(name = "rapid_review_reference", nullable = false, updatable = false)
    private String rapidReviewReference;

    @Column(name = "kind", nullable = false, updatable = false)
    private String kind;

    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    @Column(name = "rationale", nullable = false, updatable = false)
    private String rationale;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected FollowOnReview() {
        // for JPA
    }

    /** The partners' decision as typed: its day, and why this kind of review is proportionate. */
    public record Decision(LocalDate decidedOn, String rationale) {

        /** A day from the Rapid Review's opening to today, and the reasons; each refused beside its field. */
        public static Decision of(LocalDate decidedOn, String rationale, LocalDate rapidReviewOpenedOn,
                LocalDate today) {
            RecordedDay.require("localDecidedOn", decidedOn, "The date of the decision",
                    "practicereview.follow-on-review.enter-date-partners-decided", rapidReviewOpenedOn, today,
                    "practicereview.follow-on-review.decision-cannot-come-before-rapid",
                    PlainDates.day(rapidReviewOpenedOn));
            String why = Texts.required("localRationale", rationale,
                    "practicereview.follow-on-review.say-why-kind-local-review");
            Texts.requireAtMost("localRationale", why, 4000);
            return new Decision(decidedOn, why);
        }
    }

    public static FollowOnReview of(String reviewId, String rapidReviewId, String rapidReviewReference, String kind,
            Decision decision, String by, OffsetDateTime at) {
        FollowOnReview followOn = new FollowOnReview();
        followOn.reviewId = Objects.requireNonNull(reviewId);
        followOn.rapidReviewId = Objects.requireNonNull(rapidReviewId);
        followOn.rapidReviewReference = Objects.requireNonNull(rapidReviewReference);
        followOn.kind = Objects.requireNonNull(kind);
        followOn.decidedOn = decision.decidedOn();
        followOn.rationale = decision.rationale();
        followOn.recordedBy = Objects.requireNonNull(by);
        followOn.recordedAt = Objects.requireNonNull(at);
        return followOn;
    }

    public String reviewId() {
        return reviewId;
    }

    public String rapidReviewId() {
        return rapidReviewId;
    }

    public String rapidReviewReference() {
        return rapidReviewReference;
    }

    public String kind() {
        return kind;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String rationale() {
        return rationale;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
