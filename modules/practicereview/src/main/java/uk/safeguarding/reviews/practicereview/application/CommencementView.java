package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * How a practice review began, as its page and its Rapid Review's page show it: the review and the
 * Rapid Review it follows, the decision, the National Panel's view of the Rapid Review (§5.2: the
 * local decision stands beside it; null fields while the Panel has not responded), and when the
 * business manager informed the Panel of the decision and sent the lead reviewer's details (§8.1;
 * null while not done).
 */
public record CommencementView(String reviewId, String reviewReference, String rapidReviewId,
        String rapidReviewReference, LocalDate decidedOn, boolean commissionedByNationalPanel, String rationale,
        String recordedBy, Boolean panelAgrees, String panelReasons, LocalDate panelRespondedOn,
        LocalDate panelInformedOn, String panelInformedBy, LocalDate reviewerDetailsSentOn,
        String reviewerDetailsSentBy) implements Serializable {

    public boolean panelInformed() {
        return panelInformedOn != null;
    }
}
