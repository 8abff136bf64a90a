package uk.safeguarding.reviews.documents;

/**
 * A labelled value, such as "Meeting date: 3 December 2026". A blank value is kept as blank and printed
 * as "Not recorded", so that a missing answer is visible rather than silently absent.
 */
public record Field(String label, String value) {

    public Field {
        label = Text.clean(label).strip();
        value = Text.clean(value);
    }

    /** Whether the value holds anything to print; otherwise the writers print "Not recorded". */
    public boolean isRecorded() {
        return !value.isBlank();
    }

    boolean isEmpty() {
        return label.isEmpty() && !isRecorded();
    }
}
