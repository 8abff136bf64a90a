package uk.safeguarding.reviews.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.kernel.search.SearchHit;
import uk.safeguarding.reviews.kernel.themes.TaggableRecords;
import uk.safeguarding.reviews.review.domain.Review;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.review.domain.ReviewRepository;

/**
 * Reviews carry themes (§10.1 themes and trends): seen by whoever may see the review, tagged by
 * whoever may {@link ReviewAct#TAG_THEMES} on it while the partnership holds it.
 */
@ApplicationScoped
@Transactional
public class ReviewThemes implements TaggableRecords {

    @Inject
    private ReviewRepository reviews;

    @Inject
    private ReviewAccess access;

    @Inject
    private ReviewKinds kinds;

    @Inject
    private AuditTrail audit;

    @Override
    public String type() {
        return ReviewService.RECORD_TYPE;
    }

    @Override
    public boolean mayTag(String id) {
        return reviews.find(id).filter(review -> review.handedOverTo() == null
                && access.mayOn(review.id(), ReviewAct.TAG_THEMES)).isPresent();
    }

    @Override
    public SearchHit requireTaggable(String id) {
        access.requireOn(id, ReviewAct.TAG_THEMES, AuditAction.UPDATE, type(), id);
        Review review = reviews.find(id).filter(r -> r.handedOverTo() == null)
                .orElseThrow(() -> audit.notFound(AuditAction.UPDATE, type(), id));
        return hit(review);
    }

    @Override
    public Map<String, SearchHit> visible(Collection<String> ids) {
        Map<String, SearchHit> seen = new LinkedHashMap<>();
        for (Review review : reviews.findAll(List.copyOf(ids))) {
            if (access.mayOn(review.id(), ReviewAct.SEE)) {
                seen.put(review.id(), hit(review));
            }
        }
        return seen;
    }

    private SearchHit hit(Review review) {
        return new SearchHit("Review", review.reference(), kinds.definition(review.kind().key(), review.kindVersion())
                .name() + " \u00b7 referral " + review.referralReference(), "/app/reviews/view.xhtml?id=" + review.id());
    }
}
