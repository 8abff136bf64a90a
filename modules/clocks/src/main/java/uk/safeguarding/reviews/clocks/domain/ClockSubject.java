package uk.safeguarding.reviews.clocks.domain;

import java.util.Objects;

/**
 * What a clock is running for: a referral, a review, an information request. The label is what a
 * business manager recognises on the dashboard (a reference, never a child's name).
 */
public record ClockSubject(String type, String id, String label) {

    public ClockSubject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        label = label == null || label.isBlank() ? type + " " + id : label.strip();
    }
}
