package uk.safeguarding.reviews.kernel;

/** The caller is known but may not do this in the current partnership. */
public class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
