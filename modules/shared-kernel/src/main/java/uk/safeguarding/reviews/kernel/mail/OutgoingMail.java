package uk.safeguarding.reviews.kernel.mail;

import java.util.Objects;

/**
 * A plain-text e-mail. Bodies name references and links, never a child's or an adult's name: mail
 * leaves the product's access control.
 */
public record OutgoingMail(String to, String subject, String body) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
