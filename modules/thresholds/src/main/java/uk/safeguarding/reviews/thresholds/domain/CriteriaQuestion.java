package uk.safeguarding.reviews.thresholds.domain;

import java.util.Objects;

/** A yes/no question a referral answers for one kind of review; the reference says where it comes from. */
public record CriteriaQuestion(ReviewKind kind, String text, String policyReference) {

    public CriteriaQuestion {
        Objects.requireNonNull(kind, "kind");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A criteria question cannot be empty");
        }
        if (text.strip().length() > 500) {
            throw new IllegalArgumentException("A criteria question must be 500 characters or fewer");
        }
        text = text.strip();
        policyReference = policyReference == null ? "" : policyReference.strip();
    }
}
