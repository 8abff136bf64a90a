package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safeguarding.reviews.agencies.application.AgencyLookup;
import uk.safeguarding.reviews.agencies.application.AgencyView;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.practicereview.domain.ReportSignOff;
import uk.safeguarding.reviews.practicereview.domain.ReportVersion;
import uk.safeguarding.reviews.review.application.NamedOnReview;
import uk.safeguarding.reviews.review.application.ReviewLookup;
import uk.safeguarding.reviews.thresholds.application.ThresholdsService;

/**
 * Who the report's sign-off names (§8.3, §7.12, need to know): once a version of a review's report is
 * agreed, each statutory partner's representative, who signs it off; once a partner declines, the
 * Safeguarding Executive, who decides. Reads its own records, never through a service that asks the
 * review access policy again.
 */
@ApplicationScoped
@Transactional
public class SignOffNamings implements NamedOnReview {

    /** The reviews looked through for a person's list: far more than a partnership has reports agreed. */
    private static final int REVIEWS_LOOKED_AT = 500;

    @Inject
    private PracticeReviewRepository practiceReviews;

    @Inject
    private AgencyLookup agencies;

    @Inject
    private ReviewLookup reviews;

    @Inject
    private ThresholdsService thresholds;

    @Override
    public boolean names(String reviewId, Caller caller) {
        if (caller.hasRole(Role.EXECUTIVE) && practiceReviews.signOffsOf(reviewId).stream()
                .anyMatch(s -> s.answer() == ReportSignOff.Answer.DECLINED)) {
            return true;
        }
        return caller.hasRole(Role.STATUTORY_PARTNER) && representsAPartnerOf(reviewId, partnersOf(caller))
                && practiceReviews.reportVersionsOf(reviewId).stream().anyMatch(ReportVersion::isAgreed);
    }

    @Override
    public List<String> reviewsNaming(Caller caller) {
        List<String> named = new ArrayList<>();
        if (caller.hasRole(Role.EXECUTIVE)) {
            named.addAll(practiceReviews.reviewsWithDeclinedSignOffs(REVIEWS_LOOKED_AT));
        }
        if (caller.hasRole(Role.STATUTORY_PARTNER)) {
            Set<String> theirs = partnersOf(caller);
            practiceReviews.reviewsWithAgreedReports(REVIEWS_LOOKED_AT).stream()
                    .filter(id -> !named.contains(id) && representsAPartnerOf(id, theirs)).forEach(named::add);
        }
        return named;
    }

    /** The statutory partners the caller's agencies stand for. */
    private Set<String> partnersOf(Caller caller) {
        return agencies.ofContact(caller.username()).stream().map(AgencyView::statutoryPartner)
                .filter(p -> p != null).collect(Collectors.toSet());
    }

    private boolean representsAPartnerOf(String reviewId, Set<String> theirs) {
        return !theirs.isEmpty() && reviews.find(reviewId).map(r -> thresholds.statutoryPartners(r.thresholdVersion())
                .stream().anyMatch(theirs::contains)).orElse(false);
    }
}
