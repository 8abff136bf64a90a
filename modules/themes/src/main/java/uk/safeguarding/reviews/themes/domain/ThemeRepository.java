package uk.safeguarding.reviews.themes.domain;

import java.util.Collection;
import java.util.List;

/** The current partnership's taxonomy and tags. */
public interface ThemeRepository {

    /** Every theme, in use and retired, in the list's order (retired ones after, by name). */
    List<Theme> themes();

    void add(Theme theme);

    /** The versions, newest first. */
    List<TaxonomyVersion> versions();

    void add(TaxonomyVersion version);

    /** The record's tags, oldest first. */
    List<ThemeTag> tagsOf(String recordType, String recordId);

    /** The tags of the records of one type among {@code recordIds}. */
    List<ThemeTag> tagsOf(String recordType, Collection<String> recordIds);

    /** The tags with any of {@code themeCodes} on records of one type. */
    List<ThemeTag> taggedWithAny(String recordType, Collection<String> themeCodes);

    /** Every record tagged with the theme, the newest tag first. */
    List<ThemeTag> tagged(String themeCode);

    void add(ThemeTag tag);

    void remove(ThemeTag tag);
}
