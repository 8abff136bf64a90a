package uk.safeguarding.reviews.kernel;

import java.util.List;
import java.util.Optional;

/**
 * A rule that Bean Validation cannot see on one field alone (a quorum larger than the panel, a kind
 * of review with no questions) was broken: the message says why, the field says where to show it.
 * Its words come from the module's bundle ({@link #refused}: a key and its arguments, issue 13 §3).
 */
public class InvalidFieldException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String key;
    private final List<String> args;

    /** A refusal whose words were built in code; {@link #refused} is the way for new ones. */
    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
        this.key = null;
        this.args = List.of();
    }

    private InvalidFieldException(String field, String key, List<String> args) {
        super(RefusalWords.text(key, args));
        this.field = field;
        this.key = key;
        this.args = List.copyOf(args);
    }

    /** {@code field} refused for the reason {@code key} names in its module's bundle, with {@code args}. */
    public static InvalidFieldException refused(String field, String key, Object... args) {
        return new InvalidFieldException(field, key, RefusalWords.texts(args));
    }

    public String field() {
        return field;
    }

    /** The key of the refusal's words, for one built from a bundle. */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    /** The arguments in the refusal's words, as text. */
    public List<String> args() {
        return args;
    }
}
