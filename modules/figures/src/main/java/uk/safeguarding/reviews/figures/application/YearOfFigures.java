package uk.safeguarding.reviews.figures.application;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import uk.safeguarding.reviews.kernel.figures.Figure;
import uk.safeguarding.reviews.kernel.figures.Measure;
import uk.safeguarding.reviews.kernel.figures.ReportingYear;

/** A year's figures, measure by measure in §10.3's order; a measure nothing counts is left out. */
public record YearOfFigures(ReportingYear year, List<MeasureFigures> measures) implements Serializable {

    /** One measure and its figures, in the order its module gave them. */
    public record MeasureFigures(Measure measure, List<Figure> figures) implements Serializable {

        /** Whether this measure opens its §10.3 group (the page heads each group once). */
        public boolean firstOfGroup(YearOfFigures all) {
            int at = all.measures().indexOf(this);
            return at == 0 || all.measures().get(at - 1).measure().group() != measure.group();
        }
    }

    public Optional<Figure> figure(String key) {
        return measures.stream().flatMap(m -> m.figures().stream()).filter(f -> f.key().equals(key)).findFirst();
    }

    /** The figure another is a part of, for "7 of 9". */
    public Optional<Figure> whole(Figure part) {
        return part.partOf() == null ? Optional.empty() : figure(part.partOf());
    }
}
