package uk.safeguarding.reviews.web.themes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.safeguarding.reviews.themes.application.ThemeRecords;
import uk.safeguarding.reviews.themes.application.ThemeTags;
import uk.safeguarding.reviews.web.shell.Pages;

/** One theme's referrals, reviews and actions across years, those the person may open, a page at a time. */
@Named
@RequestScoped
public class ThemePage {

    @Inject
    private ThemeTags tags;

    private String code;
    private String page;
    private ThemeRecords view;

    public void load() {
        view = Pages.shownOrNull(() -> tags.records(code, Pages.number(page)));
    }

    public ThemeRecords getView() {
        return view;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
