package uk.safeguarding.reviews.linking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.safeguarding.reviews.linking.application.LinkedReviewFacts.KeyDate;
import uk.safeguarding.reviews.linking.domain.BoardReview;
import uk.safeguarding.reviews.linking.domain.SharedItem;

/** A board's own SARs and DHRs, as links show them: never the subject's name or date of birth. */
@ApplicationScoped
public class BoardReviewLinkSource implements LinkableReviewSource {

    @Inject
    private BoardReviews reviews;

    @Override
    public List<LinkableReview> linkable(List<String> referencePatterns, int limit) {
        return reviews.forLinking(referencePatterns, limit).stream().map(r -> new LinkableReview(r.id(), r.reference(), r.kind())).toList();
    }

    @Override
    public Optional<LinkedReviewFacts> facts(String reviewId, Set<SharedItem> shared) {
        return reviews.forLink(reviewId).map(review -> {
            Map<SharedItem, String> items = new LinkedHashMap<>();
            if (shared.contains(SharedItem.CHAIR) && review.leadReviewer() != null) {
                items.put(SharedItem.CHAIR, review.leadReviewer());
            }
            return new LinkedReviewFacts(review.reference(), review.kind(), review.stage().label(), keyDates(review), items);
        });
    }

    private static List<KeyDate> keyDates(BoardReview review) {
        return List.of(new KeyDate("Decided", review.decidedOn()),
                new KeyDate("Current stage since", review.stageChangedAt().toLocalDate()));
    }
}
