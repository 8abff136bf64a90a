package uk.safeguarding.reviews.thresholds.domain;

import java.util.Objects;
import uk.safeguarding.reviews.kernel.InvalidFieldException;

/** A yes/no question a referral answers for one kind of review; the reference says where it comes from. */
public record CriteriaQuestion(ReviewKind kind, String text, String policyReference) {

    public CriteriaQuestion {
        Objects.requireNonNull(kind, "kind");
        if (text == null || text.isBlank()) {
            throw InvalidFieldException.refused("questions", "thresholds.criteria-question.empty");
        }
        if (text.strip().length() > 500) {
            throw InvalidFieldException.refused("questions", "thresholds.criteria-question.too-long");
        }
        text = text.strip();
        policyReference = policyReference == null ? "" : policyReference.strip();
    }
}
