package uk.safeguarding.reviews.web.figures;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.safeguarding.reviews.figures.application.ExecutiveFigures;
import uk.safeguarding.reviews.figures.application.YearOfFigures;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.figures.Figure;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * The executive's figures for a chosen year (§10.3), grouped by §10.3's three questions, each
 * number a link to the records behind it; a plain GET form chooses the year, so each year's figures
 * have their own address.
 */
@Named
@RequestScoped
public class FiguresPage {

    @Inject
    private ExecutiveFigures figures;

    private String year;
    private YearOfFigures view;
    private List<Integer> years;

    public void load() {
        years = Pages.shownOrNull(figures::years);
        if (years == null) {
            return;
        }
        Integer chosen = FigureYears.parse(year);
        try {
            view = Pages.shownOrNull(() -> figures.ofYear(chosen));
        } catch (InvalidFieldException e) {
            Messages.errorFor("year", e.getMessage());
            view = Pages.shownOrNull(() -> figures.ofYear(null));
        }
    }

    public String name(Figure figure) {
        return FigureNames.of(figure);
    }

    /** One bar of a measure's chart: a part's share of its whole (met on time, of all due). */
    public record Bar(String name, int percent, int number, int of) {
    }

    /**
     * The measure's parts as bars, for those who would rather look than read; the table beside it
     * says the same for screen readers. A part whose whole is nought has no share and no bar.
     */
    public List<Bar> bars(YearOfFigures.MeasureFigures measure) {
        return measure.figures().stream().filter(f -> f.partOf() != null)
                .flatMap(part -> view.whole(part).stream().filter(whole -> whole.number() > 0)
                        .map(whole -> new Bar(FigureNames.of(whole.clockRule() == null ? part : whole)
                                .replaceFirst(": due$", ""), part.percentOf(whole).getAsInt(), part.number(),
                                whole.number())))
                .toList();
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public YearOfFigures getView() {
        return view;
    }

    public List<Integer> getYears() {
        return years;
    }
}
