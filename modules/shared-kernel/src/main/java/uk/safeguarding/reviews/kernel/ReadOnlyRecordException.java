package uk.safeguarding.reviews.kernel;

/**
 * A change refused because the record is no longer this partnership's to change (handed over to
 * another partnership, §10.2). Pages show its message; nothing was changed.
 */
public class ReadOnlyRecordException extends RefusedException {
    private static final long serialVersionUID = 1L;

    private ReadOnlyRecordException(String key, java.util.List<String> args) {
        super(key, args);
    }

    /** Read-only for the reason {@code key} names in its module's bundle, with {@code args} (issue 13 §3). */
    public static ReadOnlyRecordException because(String key, Object... args) {
        return new ReadOnlyRecordException(key, RefusalWords.texts(args));
    }
}
