package uk.safeguarding.reviews.linking.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import uk.safeguarding.reviews.linking.domain.BoardReview;

/** A board's own review as its business manager sees it. */
public record BoardReviewSummary(String id, String reference, String kind, String subjectName, LocalDate subjectBornOn,
        LocalDate decidedOn, String stage, String stageName, OffsetDateTime stageChangedAt, String leadReviewer) {

    static BoardReviewSummary of(BoardReview review) {
        return new BoardReviewSummary(review.id(), review.reference(), review.kind().label(), review.subjectName(),
                review.subjectBornOn(), review.decidedOn(), review.stage().label(), review.stage().name(),
                review.stageChangedAt(), review.leadReviewer());
    }
}
