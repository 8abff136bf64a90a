package uk.safeguarding.reviews.web.themes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.themes.application.RecordThemes;
import uk.safeguarding.reviews.themes.application.ThemeTags;

/**
 * A record's themes as a line on its own page (the referral, the review, the action plan), read once
 * a request; nothing when the person may not see them.
 */
@Named
@RequestScoped
public class RecordThemesLookup {

    @Inject
    private ThemeTags tags;

    private final Map<String, RecordThemes> read = new HashMap<>();

    public RecordThemes of(String type, String id) {
        String key = type + " " + id;
        if (!read.containsKey(key)) {
            try {
                read.put(key, tags.of(type, id));
            } catch (RecordNotFoundException | AccessDeniedException e) {
                read.put(key, null);
            }
        }
        return read.get(key);
    }
}
