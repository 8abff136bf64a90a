package uk.safeguarding.reviews.themes.application;

import java.io.Serializable;
import uk.safeguarding.reviews.themes.domain.Theme;

/** A theme as a page shows it: its code, its name, and the versions that added and retired it. */
public record ThemeLine(String code, String label, int addedIn, Integer retiredIn) implements Serializable {

    static ThemeLine of(Theme theme) {
        return new ThemeLine(theme.code(), theme.label(), theme.addedIn(), theme.retiredIn());
    }

    public boolean retired() {
        return retiredIn != null;
    }
}
