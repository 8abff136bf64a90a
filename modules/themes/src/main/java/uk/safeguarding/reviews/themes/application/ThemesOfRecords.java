package uk.safeguarding.reviews.themes.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.safeguarding.reviews.kernel.InternalApi;
import uk.safeguarding.reviews.themes.domain.Theme;
import uk.safeguarding.reviews.themes.domain.ThemeRepository;
import uk.safeguarding.reviews.themes.domain.ThemeTag;

/**
 * The themes of records of one kind, for a module that has already checked its caller: the figures
 * count the year's referrals by theme (§10.3 a). Checks nothing itself.
 */
@InternalApi
@ApplicationScoped
@Transactional
public class ThemesOfRecords {

    @Inject
    private ThemeRepository themes;

    /** Every theme, in use first in the partnership's order, then the retired ones. */
    public List<ThemeLine> all() {
        return themes.themes().stream().map(ThemeLine::of).toList();
    }

    /** The themes of each record among {@code ids} that has any, by record id. */
    public Map<String, List<ThemeLine>> of(String type, Collection<String> ids) {
        return byRecord(themes.tagsOf(type, ids));
    }

    /** The records of one type carrying any of the themes {@code codes}, with those of their themes, by record id. */
    public Map<String, List<ThemeLine>> sharing(String type, Collection<String> codes) {
        return byRecord(themes.taggedWithAny(type, codes));
    }

    private Map<String, List<ThemeLine>> byRecord(List<ThemeTag> tags) {
        Map<String, Theme> all = themes.themes().stream().collect(Collectors.toMap(Theme::code, Function.identity()));
        Map<String, List<ThemeLine>> found = new LinkedHashMap<>();
        for (ThemeTag tag : tags) {
            Theme theme = all.get(tag.themeCode());
            if (theme != null) {
                found.computeIfAbsent(tag.recordId(), k -> new ArrayList<>()).add(ThemeLine.of(theme));
            }
        }
        return found;
    }
}
