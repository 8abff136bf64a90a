package uk.safeguarding.reviews.practicereview.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import uk.safeguarding.reviews.review.application.ReviewCapability;

/**
 * What the terms of reference capability brings to the review engine (issue 13 §1): the work it
 * reports, which a kind's definition may key an exit by (a partnership that starts conducting the
 * review only once its terms are signed off, §8.1).
 */
@ApplicationScoped
public class TermsOfReferenceCapability implements ReviewCapability {

    @Override
    public Set<String> work() {
        return Set.of(TermsOfReferences.DRAFTED, TermsOfReferences.AGREED, TermsOfReferences.SIGNED_OFF);
    }

    @Override
    public Set<String> documents() {
        return Set.of();
    }
}
