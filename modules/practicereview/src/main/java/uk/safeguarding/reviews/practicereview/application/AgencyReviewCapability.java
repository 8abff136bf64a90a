package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import uk.safeguarding.reviews.review.application.ReviewCapability;

/**
 * What the agency-review capability brings to the review engine (§4.2 table): the work it reports,
 * which a kind's exits are keyed by. Any kind whose stages name it may use it.
 */
@ApplicationScoped
public class AgencyReviewCapability implements ReviewCapability {

    @Override
    public Set<String> work() {
        return Set.of(IndividualAgencyReviews.COMMISSIONED, IndividualAgencyReviews.SENT,
                IndividualAgencyReviews.ADDRESSED, IndividualAgencyReviews.RETURNED);
    }

    @Override
    public Set<String> documents() {
        return Set.of();
    }
}
