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
    private List<ClockMonths> byMonth;

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

    /** One month of one clock: how many fell due and how many of those were met on time. */
    public record MonthCell(String month, int due, int onTime) {

        /** Met on time in whole per cent; null in a month with nothing due. */
        public Integer percent() {
            return due == 0 ? null : (int) Math.round(100.0 * onTime / due);
        }

        /** "3 of 4", or a dash in a month with nothing due. */
        public String text() {
            return due == 0 ? "\u2013" : onTime + " of " + due;
        }
    }

    /** A clock's year, month by month. */
    public record ClockMonths(String name, List<MonthCell> months) {
    }

    /**
     * §10.3 d over the year: for each clock with anything due, month by month from April, how many fell
     * due and how many were met on time, counted from the same records as the figures (a clock counts
     * in the month it settled); empty for every other measure.
     */
    public List<ClockMonths> timelinessByMonth(YearOfFigures.MeasureFigures measure) {
        if (measure.measure() != uk.safeguarding.reviews.kernel.figures.Measure.TIMELINESS) {
            return List.of();
        }
        if (byMonth == null) {
            byMonth = new java.util.ArrayList<>();
            for (Figure due : measure.figures()) {
                if (due.partOf() != null || due.number() == 0) {
                    continue;
                }
                Figure onTime = measure.figures().stream().filter(f -> due.key().equals(f.partOf())).findFirst()
                        .orElse(null);
                List<Integer> dueByMonth = due.byMonth(view.year());
                List<Integer> onTimeByMonth = onTime == null ? java.util.Collections.nCopies(12, 0)
                        : onTime.byMonth(view.year());
                List<String> names = getMonthNames();
                List<MonthCell> cells = new java.util.ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    cells.add(new MonthCell(names.get(i), dueByMonth.get(i), onTimeByMonth.get(i)));
                }
                byMonth.add(new ClockMonths(FigureNames.of(due).replaceFirst(": due$", ""), cells));
            }
        }
        return byMonth;
    }

    /** The months of the year's columns, from April. */
    public List<String> getMonthNames() {
        java.time.YearMonth april = java.time.YearMonth.from(view.year().firstDay());
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            names.add(monthName(april.plusMonths(i)));
        }
        return names;
    }

    private static String monthName(java.time.YearMonth month) {
        return month.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.UK);
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
