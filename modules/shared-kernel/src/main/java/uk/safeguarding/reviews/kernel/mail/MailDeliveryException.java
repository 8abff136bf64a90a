package uk.safeguarding.reviews.kernel.mail;

/** The SMTP server did not accept a message; the caller decides whether to try again later. */
public class MailDeliveryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MailDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
