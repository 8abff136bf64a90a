package uk.safeguarding.reviews.kernel;

/**
 * A step the product refuses for a reason the person can act on: nothing was changed, and every page
 * shows the message at the top instead of the error page (the Faces refusal handler). Subclasses
 * name the reason; {@link InvalidFieldException} is the kind that belongs beside one field.
 */
public class RefusedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public RefusedException(String message) {
        super(message);
    }
}
