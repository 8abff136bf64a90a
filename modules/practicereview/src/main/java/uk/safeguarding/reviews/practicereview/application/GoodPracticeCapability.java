package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import uk.safeguarding.reviews.review.application.ReviewCapability;

/**
 * What the learning summary and dissemination capabilities bring to the review engine (§5.3): the
 * work they report, which a kind's exits are keyed by. Any kind whose stages name them may use them.
 */
@ApplicationScoped
public class GoodPracticeCapability implements ReviewCapability {

    @Override
    public Set<String> work() {
        return Set.of(GoodPracticeLearning.SUMMARY_AGREED, GoodPracticeLearning.SHARED, GoodPracticeLearning.DISSEMINATED);
    }

    @Override
    public Set<String> documents() {
        return Set.of();
    }
}
