package uk.safeguarding.reviews.kernel.figures;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One record counted in a figure: its reference, a line saying what it is (never a child's
 * details: the executive reads these lists), the day that put it in the year, and where it opens.
 */
public record FigureRecord(String reference, String line, LocalDate on, String link) implements Serializable {

    public FigureRecord {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(on, "on");
    }
}
