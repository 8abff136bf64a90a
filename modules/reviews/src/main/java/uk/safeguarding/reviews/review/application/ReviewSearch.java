package uk.safeguarding.reviews.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.search.SearchHit;
import uk.safeguarding.reviews.kernel.search.SearchSource;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.review.domain.ReviewRepository;

/**
 * Reviews found by their own reference or their referral's (issue 14 §2), each only if the caller
 * may see it: the Virtual Panel and the business unit all of them, anyone else those that name them
 * ({@link ReviewAccess}'s rule, in the query).
 */
@ApplicationScoped
@Transactional
public class ReviewSearch implements SearchSource {

    @Inject
    private ReviewRepository reviews;

    @Inject
    private ReviewAccess access;

    @Inject
    private ReviewKinds kinds;

    @Override
    public List<SearchHit> find(Caller caller, String text, int limit) {
        if (!ReviewAct.LIST.allows(caller.roles())) {
            return List.of();
        }
        boolean everywhere = ReviewAct.LIST.allowsEverywhere(caller.roles());
        return reviews.search(SearchSource.likePattern(text), everywhere ? null : caller.username(),
                everywhere ? List.of() : access.namedOutsideAssignments(caller), limit).stream()
                .map(r -> new SearchHit("Review", r.reference(), kinds.definition(r.kind().key(), r.kindVersion()).name()
                        + " \u00b7 referral " + r.referralReference(), "/app/reviews/view.xhtml?id=" + r.id()))
                .toList();
    }
}
