package uk.safeguarding.reviews.kernel.mail;

import java.util.Objects;

/**
 * A plain-text e-mail, with at most one attachment (a meeting's iCalendar invitation). Bodies name
 * references and links, never a child's or an adult's name: mail leaves the product's access control.
 */
public record OutgoingMail(String to, String subject, String body, Attachment attachment) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    public OutgoingMail(String to, String subject, String body) {
        this(to, subject, body, null);
    }

    /** A file sent with the letter. */
    public record Attachment(String fileName, String contentType, byte[] content) {

        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentType, "contentType");
            content = Objects.requireNonNull(content, "content").clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}
