package uk.safeguarding.reviews.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.kernel.search.SearchHit;
import uk.safeguarding.reviews.kernel.themes.TaggableRecords;
import uk.safeguarding.reviews.practicereview.application.AgreedRecommendations;
import uk.safeguarding.reviews.review.application.ReviewAccess;
import uk.safeguarding.reviews.review.application.ReviewLookup;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.ReviewAct;

/**
 * A review's agreed recommendations carry themes (issue 17, §9, §10.1), each known as its review and
 * its number in the agreed report ({@code <review id>:<number>}): seen by whoever may see the review,
 * tagged by the business unit that runs its action plan while the partnership holds it.
 */
@ApplicationScoped
@Transactional
public class RecommendationThemes implements TaggableRecords {

    static final String TYPE = "recommendation";

    @Inject
    private AgreedRecommendations recommendations;

    @Inject
    private ReviewLookup reviews;

    @Inject
    private ReviewAccess access;

    @Inject
    private AuditTrail audit;

    /** A recommendation's id: its review's and its number. */
    static String id(String reviewId, int number) {
        return reviewId + ":" + number;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public boolean mayTag(String id) {
        return found(id).filter(f -> f.review().handedOverTo() == null
                && access.mayOn(f.review().id(), ReviewAct.RUN)).isPresent();
    }

    @Override
    public SearchHit requireTaggable(String id) {
        String reviewId = id == null ? "" : id.split(":", 2)[0];
        access.requireOn(reviewId, ReviewAct.RUN, AuditAction.UPDATE, type(), id);
        return found(id).filter(f -> f.review().handedOverTo() == null).map(Found::hit)
                .orElseThrow(() -> audit.notFound(AuditAction.UPDATE, type(), id));
    }

    @Override
    public Map<String, SearchHit> visible(Collection<String> ids) {
        Map<String, SearchHit> seen = new LinkedHashMap<>();
        for (String id : ids) {
            found(id).filter(f -> access.mayOn(f.review().id(), ReviewAct.SEE)).ifPresent(f -> seen.put(id, f.hit()));
        }
        return seen;
    }

    /** The review and the recommendation an id names, if both exist here. */
    private Optional<Found> found(String id) {
        String[] parts = id == null ? new String[0] : id.strip().split(":", 2);
        if (parts.length != 2 || !parts[1].matches("\\d{1,4}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(parts[1]);
        return reviews.find(parts[0]).flatMap(review -> recommendations.of(review.id()).stream()
                .filter(r -> r.number() == number).findFirst().map(r -> new Found(review, r)));
    }

    /** A recommendation found, with its review. */
    private record Found(ReviewSummary review, AgreedRecommendations.Recommendation recommendation) {

        SearchHit hit() {
            return new SearchHit("Recommendation", review.reference() + " recommendation " + recommendation.number(),
                    recommendation.action(), "/app/reviews/action-plan.xhtml?id=" + review.id() + "#recommendation-"
                            + recommendation.number());
        }
    }
}
