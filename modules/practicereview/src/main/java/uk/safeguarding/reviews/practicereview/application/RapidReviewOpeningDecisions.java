package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import uk.safeguarding.reviews.review.application.OpeningDecisions;

/**
 * The partners' decisions after a Rapid Review that open a review: a Child Safeguarding Practice
 * Review (§8.1, or one the National Panel commissioned, §5.2), which opens one kind, and another
 * type of local review (§7.12), where the business manager chooses among the kinds it opens.
 */
@ApplicationScoped
class RapidReviewOpeningDecisions implements OpeningDecisions {

    static final String PRACTICE_REVIEW = "rapid-review-practice-review";
    static final String LOCAL_REVIEW = "rapid-review-local-review";

    @Override
    public List<OpeningDecision> decisions() {
        return List.of(new OpeningDecision(PRACTICE_REVIEW, "the partners' decision after a Rapid Review to"
                + " commence a Child Safeguarding Practice Review (\u00a78.1)", true),
                new OpeningDecision(LOCAL_REVIEW, "the partners' decision after a Rapid Review on another type of"
                        + " local review (\u00a77.12)", false));
    }
}
