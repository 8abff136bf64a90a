package uk.safeguarding.reviews.linking.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.linking.domain.SharedItem;

/**
 * The board's side of a link: runs inside the board that owns the reviews (through
 * {@code TenantCrossing}), in a transaction of its own, and audits every read in that board's trail.
 * {@link ReviewLinks} decides beforehand what may be asked.
 */
@ApplicationScoped
@Transactional
public class LinkedReviewReader {

    static final String REVIEW_RECORD = "review";

    @Inject
    @Any
    private Instance<LinkableReviewSource> sources;

    @Inject
    private AuditTrail audit;

    /**
     * This board's reviews whose reference matches any of {@code referencePatterns} (all of them for
     * none), newest first from each source, at most {@code limit} from each.
     */
    public List<LinkableReview> linkable(List<String> referencePatterns, int limit, String why) {
        List<LinkableReview> reviews = sources.stream()
                .flatMap(source -> source.linkable(referencePatterns, limit).stream()).toList();
        audit.allowed(AuditAction.LIST, REVIEW_RECORD, null, reviews.size() + " reviews listed " + why);
        return reviews;
    }

    /** The review's facts with the shared items asked for; a review this board does not hold is audited as not found. */
    public Optional<LinkedReviewFacts> facts(String reviewId, Set<SharedItem> shared, String why) {
        Optional<LinkedReviewFacts> facts = sources.stream().map(source -> source.facts(reviewId, shared))
                .flatMap(Optional::stream).findFirst();
        if (facts.isPresent()) {
            audit.allowed(AuditAction.VIEW, REVIEW_RECORD, reviewId, why);
        } else {
            audit.notFound(AuditAction.VIEW, REVIEW_RECORD, reviewId);
        }
        return facts;
    }
}
