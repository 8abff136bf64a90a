package uk.safeguarding.reviews.kernel;

import java.util.function.Predicate;

/** A failure's chain of causes, walked one way everywhere (libraries wrap what they refuse differently). */
public final class Causes {

    private Causes() {
    }

    /** Whether the failure or any of its causes matches. */
    public static boolean anyMatch(Throwable failure, Predicate<Throwable> test) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause. */
    public static Throwable root(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
