package uk.safeguarding.reviews.clocks.domain;

import java.util.Objects;
import uk.safeguarding.reviews.kernel.InvalidFieldException;

/**
 * Who must act before the clock runs out, and where their reminders go. Without an e-mail address
 * there is no reminder; the escalation to the business unit still goes.
 */
public record ClockOwner(String name, String email) {

    public ClockOwner {
        Objects.requireNonNull(name, "name");
        email = address("email", email);
    }

    /** The address stripped, or null for none; refused beside {@code field} if it is not one. */
    public static String address(String field, String email) {
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && !address.matches("[^@\\s]+@[^@\\s]+")) {
            throw InvalidFieldException.refused(field, "clocks.clock-owner.not-email-address", address);
        }
        return address;
    }
}
