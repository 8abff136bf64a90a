package uk.safeguarding.reviews.web.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.learning.application.AnnualReportSection;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.Pages;

/** The annual report's section on practice reviews (§8.3): each review published in the year, its findings and the actions taken. */
@Named
@RequestScoped
public class AnnualReportPage {

    @Inject
    private AnnualReportSection section;

    private String year;
    private AnnualReportSection.SectionView view;

    public void load() {
        try {
            view = Pages.shownOrNull(() -> section.of(ScrutinyPage.parse(year)));
        } catch (InvalidFieldException e) {
            Messages.errorFor("year", e.getMessage());
            view = Pages.shownOrNull(() -> section.of(null));
        }
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public AnnualReportSection.SectionView getView() {
        return view;
    }
}
