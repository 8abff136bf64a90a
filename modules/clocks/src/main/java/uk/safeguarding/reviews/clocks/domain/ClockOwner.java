package uk.safeguarding.reviews.clocks.domain;

import java.util.Objects;

/**
 * Who must act before the clock runs out, and where their reminders go. Without an e-mail address
 * there is no reminder; the escalation to the business unit still goes.
 */
public record ClockOwner(String name, String email) {

    public ClockOwner {
        Objects.requireNonNull(name, "name");
        email = email == null || email.isBlank() ? null : email.strip();
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("Not an e-mail address: " + email);
        }
    }
}
