package uk.safeguarding.reviews.chronology.domain;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One cell of an import file, whichever format it came in: its text, and for a workbook cell that
 * holds a real date or time, that value too (so a date Excel stores as a number is not misread).
 */
record ImportCell(String text, LocalDateTime dateTime) {

    static final ImportCell EMPTY = new ImportCell("", null);

    ImportCell {
        Objects.requireNonNull(text, "text");
    }

    static ImportCell of(String text) {
        return text == null || text.isEmpty() ? EMPTY : new ImportCell(text, null);
    }

    boolean isBlank() {
        return dateTime == null && text.isBlank();
    }
}
