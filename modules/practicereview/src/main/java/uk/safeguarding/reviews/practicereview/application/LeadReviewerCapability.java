package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import uk.safeguarding.reviews.review.application.ReviewCapability;

/**
 * What the lead reviewer capability brings to the review engine (issue 13 §1): the work it reports,
 * which a kind's definition keys an exit by. Any kind whose stage names {@code lead-reviewer} may use it.
 */
@ApplicationScoped
public class LeadReviewerCapability implements ReviewCapability {

    @Override
    public Set<String> work() {
        return Set.of(LeadReviewerAppointments.APPOINTED);
    }

    @Override
    public Set<String> documents() {
        return Set.of();
    }
}
