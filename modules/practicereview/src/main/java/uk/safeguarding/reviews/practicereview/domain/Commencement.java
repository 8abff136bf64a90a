package uk.safeguarding.reviews.practicereview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * §5.2, §8.1: the partners' decision to commence a Child Safeguarding Practice Review after a Rapid
 * Review, or the National Panel's commission of one (§5.2: "they may commission the review
 * themselves"): when it was decided, why, and the Rapid Review it follows. One per Rapid Review.
 */
@Entity
@Table(name = "cspr_commencement")
public class Commencement {

    /** The Child Safeguarding Practice Review this decision opened. */
    @Id
    @Column(name = "review_id")
    private String reviewId;

    @Column(name = "rapid_review_id", nullable = false, updatable = false)
    private String rapidReviewId;

    @Column(name = "rapid_review_reference", nullable = false, updatable = false)
    private String rapidReviewReference;

    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    @Column(name = "commissioned_by_national_panel", nullable = false, updatable = false)
    private boolean commissionedByNationalPanel;

    @Column(nullable = false, updatable = false)
    private String rationale;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private OffsetDateTime recordedAt;

    protected Commencement() {
        // for JPA
    }

    /** A decision checked field by field, before the review it opens exists. */
    public record Decision(LocalDate decidedOn, boolean commissionedByNationalPanel, String rationale) {

        /**
         * The decision as typed: its date not in the future nor before the Rapid Review opened, and
         * its reasons (§5.2: whether a review would be able to identify improvements to practice).
         */
        public static Decision of(LocalDate decidedOn, boolean commissionedByNationalPanel, String rationale,
                LocalDate rapidReviewOpenedOn, LocalDate today) {
            if (decidedOn == null) {
                throw new InvalidFieldException("decidedOn", commissionedByNationalPanel
                        ? "Enter the date the National Panel commissioned the review"
                        : "Enter the date the partners decided to commence the review");
            }
            if (decidedOn.isAfter(today)) {
                throw new InvalidFieldException("decidedOn", "The date of the decision must be today or in the past");
            }
            if (decidedOn.isBefore(rapidReviewOpenedOn)) {
                throw new InvalidFieldException("decidedOn", "The decision cannot come before the Rapid Review opened");
            }
            String why = Texts.required("rationale", rationale, commissionedByNationalPanel
                    ? "Say what the National Panel asked the review to look at"
                    : "Say why the partners decided on a Child Safeguarding Practice Review (\u00a75.2: what it could"
                            + " improve in practice)");
            Texts.requireAtMost("rationale", why, 2000);
            return new Decision(decidedOn, commissionedByNationalPanel, why);
        }
    }

    public static Commencement of(String reviewId, String rapidReviewId, String rapidReviewReference, Decision decision,
            String by, OffsetDateTime at) {
        Commencement commencement = new Commencement();
        commencement.reviewId = Objects.requireNonNull(reviewId);
        commencement.rapidReviewId = Objects.requireNonNull(rapidReviewId);
        commencement.rapidReviewReference = Objects.requireNonNull(rapidReviewReference);
        commencement.decidedOn = decision.decidedOn();
        commencement.commissionedByNationalPanel = decision.commissionedByNationalPanel();
        commencement.rationale = decision.rationale();
        commencement.recordedBy = Objects.requireNonNull(by);
        commencement.recordedAt = Objects.requireNonNull(at);
        return commencement;
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

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public boolean commissionedByNationalPanel() {
        return commissionedByNationalPanel;
    }

    public String rationale() {
        return rationale;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
