package uk.safeguarding.reviews.kernel;

/**
 * A rule that Bean Validation cannot see on one field alone (a quorum larger than the panel, a kind
 * of review with no questions) was broken: the message says why, the field says where to show it.
 */
public class InvalidFieldException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
