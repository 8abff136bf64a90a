package uk.safeguarding.reviews.clocks.domain;

import java.util.List;
import uk.safeguarding.reviews.kernel.RefusalWords;

/**
 * A bank-holiday file that cannot be used; its words (from the clocks module's bundle, issue 13 §3)
 * say where and why, and the service places them beside the file's field.
 */
public class InvalidCalendarFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final List<String> args;

    public InvalidCalendarFileException(String key, Object... args) {
        super(RefusalWords.of(key, args));
        this.key = key;
        this.args = RefusalWords.texts(args);
    }

    public String key() {
        return key;
    }

    public List<String> args() {
        return args;
    }
}
