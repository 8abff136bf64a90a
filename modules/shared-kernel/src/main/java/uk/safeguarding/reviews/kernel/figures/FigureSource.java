package uk.safeguarding.reviews.kernel.figures;

import java.util.List;

/**
 * One module's figures for a reporting year, counted from its own records in the current
 * partnership only. Implemented by each module as a CDI bean; it checks no permission, the figures
 * service that gathers them does.
 */
public interface FigureSource {

    List<Figure> figures(ReportingYear year);
}
