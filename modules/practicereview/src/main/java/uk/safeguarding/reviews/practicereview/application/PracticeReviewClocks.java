package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import uk.safeguarding.reviews.clocks.domain.ClockSubject;
import uk.safeguarding.reviews.practicereview.domain.PracticeReviewRepository;
import uk.safeguarding.reviews.review.application.ReviewOwnedClocks;

/**
 * The clocks this module keeps for a review, paused and resumed with it (§3.1): each agency's answer
 * on the report's factual accuracy (§8.3) and an individual agency's lessons (§4.2 table).
 */
@ApplicationScoped
public class PracticeReviewClocks implements ReviewOwnedClocks {

    @Inject
    private PracticeReviewRepository practiceReviews;

    @Override
    public List<ClockSubject> subjectsOf(String reviewId) {
        List<ClockSubject> subjects = new ArrayList<>();
        practiceReviews.accuracyRequestsOf(reviewId).forEach(request -> subjects.add(FactualAccuracy.subject(request)));
        practiceReviews.agencyReviewOf(reviewId).ifPresent(asked -> subjects.add(IndividualAgencyReviews.subject(asked)));
        return subjects;
    }
}
