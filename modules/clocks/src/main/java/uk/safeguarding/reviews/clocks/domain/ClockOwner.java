package uk.safeguarding.reviews.clocks.domain;

import java.util.Objects;

/** Who must act before the clock runs out, and where their reminders go. */
public record ClockOwner(String name, String email) {

    public ClockOwner {
        Objects.requireNonNull(name, "name");
        if (email == null || !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("A clock's owner needs an e-mail address for reminders: " + email);
        }
    }
}
