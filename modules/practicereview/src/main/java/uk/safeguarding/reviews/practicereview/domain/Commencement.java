package uk.safeguarding.reviews.practicereview.domain;

import uk.safeguarding.reviews.kernel.RecordedDay;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.PlainDates;
import uk.safeguarding.reviews.kernel.RefusedException;
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

    /** §8.1: the day the business manager informed the National Panel of the decision; null until then. */
    @Column(name = "panel_informed_on")
    private LocalDate panelInformedOn;

    @Column(name = "panel_informed_by")
    private String panelInformedBy;

    /** §8.1: the day the Panel was given the lead reviewer's details; null while it has not been. */
    @Column(name = "reviewer_details_sent_on")
    private LocalDate reviewerDetailsSentOn;

    @Column(name = "reviewer_details_sent_by")
    private String reviewerDetailsSentBy;

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
            RecordedDay.require("decidedOn", decidedOn, "The date of the decision", commissionedByNationalPanel
                    ? "Enter the date the National Panel commissioned the review"
                    : "Enter the date the partners decided to commence the review", rapidReviewOpenedOn,
                    "The decision cannot come before the Rapid Review opened", today);
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

    /**
     * §8.1: "As soon as it has been agreed that a further review is required ... the Business Manager
     * will inform the National Panel including details of any reviewer they have commissioned, if
     * known." Recorded once, on a day from the decision to today; the reviewer's details go with it
     * only when one is appointed ({@code reviewerAppointedOn} is the day they were, or null).
     */
    public void panelInformed(LocalDate on, boolean withReviewerDetails, LocalDate reviewerAppointedOn, String by,
            LocalDate today) {
        if (panelInformedOn != null) {
            throw new RefusedException("The National Panel was informed of this review on "
                    + PlainDates.day(panelInformedOn) + " already");
        }
        RecordedDay.require("informedOn", on, "The date the Panel was informed",
                "Enter the date the National Panel was informed", decidedOn,
                "The National Panel cannot be informed before the decision (" + PlainDates.day(decidedOn) + ")",
                today);
        if (withReviewerDetails) {
            if (reviewerAppointedOn == null) {
                throw new InvalidFieldException("withReviewerDetails", "No lead reviewer is appointed yet: inform the"
                        + " Panel now and send their details once they are (\u00a78.1: \u201cif known\u201d)");
            }
            if (on.isBefore(reviewerAppointedOn)) {
                throw new InvalidFieldException("withReviewerDetails", "The lead reviewer was appointed on "
                        + PlainDates.day(reviewerAppointedOn) + ", after that date: their details could not go with it");
            }
            reviewerDetailsSentOn = on;
            reviewerDetailsSentBy = Objects.requireNonNull(by);
        }
        panelInformedOn = on;
        panelInformedBy = Objects.requireNonNull(by);
    }

    /**
     * §8.1: the lead reviewer's details sent to the National Panel after it was informed of the
     * decision, on a day from the appointment and the first letter to today.
     */
    public void reviewerDetailsSent(LocalDate on, LocalDate reviewerAppointedOn, String by, LocalDate today) {
        if (panelInformedOn == null) {
            throw new RefusedException("Inform the National Panel of the decision first (\u00a78.1)");
        }
        if (reviewerDetailsSentOn != null) {
            throw new RefusedException("The lead reviewer's details went to the National Panel on "
                    + PlainDates.day(reviewerDetailsSentOn) + " already");
        }
        if (reviewerAppointedOn == null) {
            throw new RefusedException("No lead reviewer is appointed yet: there are no details to send");
        }
        LocalDate earliest = reviewerAppointedOn.isAfter(panelInformedOn) ? reviewerAppointedOn : panelInformedOn;
        RecordedDay.require("detailsSentOn", on, "The date the details were sent",
                "Enter the date the lead reviewer's details were sent", earliest,
                "The details cannot have been sent before " + PlainDates.day(earliest) + " (the appointment, or the"
                        + " Panel being informed)", today);
        reviewerDetailsSentOn = on;
        reviewerDetailsSentBy = Objects.requireNonNull(by);
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

    public LocalDate panelInformedOn() {
        return panelInformedOn;
    }

    public String panelInformedBy() {
        return panelInformedBy;
    }

    public LocalDate reviewerDetailsSentOn() {
        return reviewerDetailsSentOn;
    }

    public String reviewerDetailsSentBy() {
        return reviewerDetailsSentBy;
    }
}
