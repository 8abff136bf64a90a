package uk.safeguarding.reviews.review.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import uk.safeguarding.reviews.review.domain.Review;
import uk.safeguarding.reviews.thresholds.domain.ReviewKind;

/** A review as pages show it. */
public record ReviewSummary(String id, String reference, ReviewKind kind, String referralId, String referralReference,
        OffsetDateTime openedAt, String chair, Boolean ofstedNotificationNeeded, LocalDate ofstedNotifiedOn,
        int thresholdVersion, String handedOverTo, String stage, LocalDate nationalPanelNotifiedOn) {

    /** What a review's clocks name as their subject's type. */
    public static final String CLOCK_SUBJECT_TYPE = Review.CLOCK_SUBJECT_TYPE;

    static ReviewSummary of(Review review) {
        return new ReviewSummary(review.id(), review.reference(), review.kind(), review.referralId(),
                review.referralReference(), review.openedAt(), review.chair(), review.ofstedNotificationNeeded(),
                review.ofstedNotifiedOn(), review.thresholdVersion(), review.handedOverTo(), review.stage(),
                review.nationalPanelNotifiedOn());
    }

    /** The work on a review handed over to another partnership (§10.2) cannot change here. */
    public void requireOpen() {
        Review.requireOpen(reference, handedOverTo);
    }
}
