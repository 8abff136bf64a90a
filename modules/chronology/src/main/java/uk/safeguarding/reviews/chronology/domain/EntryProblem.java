package uk.safeguarding.reviews.chronology.domain;

import java.util.Objects;
import uk.safeguarding.reviews.kernel.RefusalWords;

/**
 * Something wrong with one field of a chronology entry.
 *
 * @param field the field's {@link EntryField#heading() heading}, which is also its import column
 * @param message a sentence for the person who filled the field in
 */
public record EntryProblem(String field, String message) {

    public EntryProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** {@code field} refused for the reason {@code key} names in the chronology's bundle (issue 13 §3). */
    static EntryProblem of(EntryField field, String key, Object... args) {
        return new EntryProblem(field.heading(), RefusalWords.of(key, args));
    }
}
