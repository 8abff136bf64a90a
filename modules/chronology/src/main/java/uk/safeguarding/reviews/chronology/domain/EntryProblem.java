package uk.safeguarding.reviews.chronology.domain;

import java.util.Objects;

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

    EntryProblem(EntryField field, String message) {
        this(field.heading(), message);
    }
}
