package uk.safeguarding.reviews.kernel;

import java.util.List;
import java.util.Optional;

/**
 * A step the product refuses for a reason the person can act on: nothing was changed, and every page
 * shows the message at the top instead of the error page (the Faces refusal handler). Its words come
 * from the module's bundle ({@link #because}: a key and its arguments, issue 13 §3). Subclasses name
 * the reason; {@link InvalidFieldException} is the kind that belongs beside one field.
 */
public class RefusedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final List<String> args;

    /** A refusal whose words were built in code; {@link #because} is the way for new ones. */
    public RefusedException(String message) {
        super(message);
        this.key = null;
        this.args = List.of();
    }

    protected RefusedException(String key, List<String> args) {
        super(RefusalWords.text(key, args));
        this.key = key;
        this.args = List.copyOf(args);
    }

    /** Refused for the reason {@code key} names in its module's bundle, with {@code args} in its words. */
    public static RefusedException because(String key, Object... args) {
        return new RefusedException(key, RefusalWords.texts(args));
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
