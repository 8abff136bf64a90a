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
                    ? "practicereview.commencement.enter-date-panel-commissioned"
                    : "practicereview.commencement.enter-date-partners-decided", rapidReviewOpenedOn, today, "practicereview.commencement.decision-cannot-come-before-rapid");
            String why = Texts.required("rationale", rationale, commissionedByNationalPanel
                    ? "practicereview.commencement.say-what-panel-asked"
                    : "practicereview.commencement.say-why-partners-decided");
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
            throw RefusedException.because("practicereview.commencement.national-panel-was-informed-review",
                    PlainDates.day(panelInformedOn));
        }
        RecordedDay.require("informedOn", on, "The date the Panel was informed",
                "practicereview.commencement.enter-date-national-panel-was", decidedOn, today,
                "practicereview.commencement.national-panel-cannot-informed-before", PlainDates.day(decidedOn));
        if (withReviewerDetails) {
            if (reviewerAppointedOn == null) {
                throw InvalidFieldException.refused("withReviewerDetails",
                        "practicereview.commencement.no-lead-reviewer-appointed-yet");
            }
            if (on.isBefore(reviewerAppointedOn)) {
                throw InvalidFieldException.refused("withReviewerDetails",
                        "practicereview.commencement.lead-reviewer-was-appointed-after",
                        PlainDates.day(reviewerAppointedOn));
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
            throw RefusedException.because("practicereview.commencement.inform-national-panel-decision-first");
        }
        if (reviewerDetailsSentOn != null) {
            throw RefusedException.because("practicereview.commencement.lead-reviewer-details-went-national",
                    PlainDates.day(reviewerDetailsSentOn));
        }
        if (reviewerAppointedOn == null) {
            throw RefusedException.because("practicereview.commencement.no-lead-reviewer-appointed-yet-2");
        }
        LocalDate earliest = reviewerAppointedOn.isAfter(panelInformedOn) ? reviewerAppointedOn : panelInformedOn;
        RecordedDay.require("detailsSentOn", on, "The date the details were sent",
                "practicereview.commencement.enter-date-lead-reviewer-details", earliest, today,
                "practicereview.commencement.details-cannot-have-been-sent", PlainDates.day(earliest));
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
