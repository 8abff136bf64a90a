package uk.safeguarding.reviews.kernel;

/**
 * A change refused because the record is no longer this partnership's to change (handed over to
 * another partnership, §10.2). Pages show its message; nothing was changed.
 */
public class ReadOnlyRecordException extends RefusedException {
    private static final long serialVersionUID = 1L;

    public ReadOnlyRecordException(String message) {
        super(message);
    }
}
