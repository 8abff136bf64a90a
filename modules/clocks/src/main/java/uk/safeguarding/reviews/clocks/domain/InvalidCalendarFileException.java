package uk.safeguarding.reviews.clocks.domain;

/** A bank-holiday file that cannot be used; the message says where and why. */
public class InvalidCalendarFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidCalendarFileException(String message) {
        super(message);
    }

    public InvalidCalendarFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
