package uk.safeguarding.reviews.themes.application;

import java.io.Serializable;
import java.time.LocalDate;
import uk.safeguarding.reviews.kernel.Page;

/** A theme and one page of the records tagged with it that the person may open, across years. */
public record ThemeRecords(ThemeLine theme, Page<Tagged> records) {

    /** One record under the theme: what it is, its reference, a line about it, where it opens, when tagged and by whom. */
    public record Tagged(String what, String reference, String line, String link, LocalDate taggedOn, String taggedBy)
            implements Serializable {
    }
}
