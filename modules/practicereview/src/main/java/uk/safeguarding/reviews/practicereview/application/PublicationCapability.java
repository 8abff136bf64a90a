package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import uk.safeguarding.reviews.review.application.ReviewCapability;

/**
 * What the publication capability brings to the review engine (issue 13 §1): the work it reports,
 * which a kind's definition may key an exit by (a stage left once the report is published, §8.3).
 */
@ApplicationScoped
public class PublicationCapability implements ReviewCapability {

    @Override
    public Set<String> work() {
        return Set.of(Publications.DECIDED, Publications.PUBLISHED);
    }

    @Override
    public Set<String> documents() {
        return Set.of();
    }
}
