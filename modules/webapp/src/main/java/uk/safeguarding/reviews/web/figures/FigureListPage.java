package uk.safeguarding.reviews.web.figures;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.safeguarding.reviews.figures.application.ExecutiveFigures;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Page;
import uk.safeguarding.reviews.kernel.figures.FigureRecord;
import uk.safeguarding.reviews.web.shell.Pages;

/** The records behind one of the executive's figures, a page at a time; their number is the figure (§10.3). */
@Named
@RequestScoped
public class FigureListPage {

    @Inject
    private ExecutiveFigures figures;

    private String year;
    private String key;
    private int page = 1;
    private ExecutiveFigures.FigureList view;
    private Page<FigureRecord> list;

    public void load() {
        try {
            view = Pages.shownOrNull(() -> figures.list(FigureYears.parse(year), key));
        } catch (InvalidFieldException e) {
            Pages.notFound();
            return;
        }
        if (view == null) {
            return;
        }
        List<FigureRecord> records = view.figure().records();
        int number = Page.within(page, records.size(), Page.DEFAULT_SIZE);
        int from = Page.offset(number, Page.DEFAULT_SIZE);
        list = new Page<>(records.subList(from, Math.min(records.size(), from + Page.DEFAULT_SIZE)), number,
                Page.DEFAULT_SIZE, records.size());
    }

    public String getName() {
        return view == null ? "" : FigureNames.of(view.figure());
    }

    public String getWholeName() {
        return view == null || view.whole() == null ? "" : FigureNames.of(view.whole());
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public ExecutiveFigures.FigureList getView() {
        return view;
    }

    public Page<FigureRecord> getList() {
        return list;
    }
}
