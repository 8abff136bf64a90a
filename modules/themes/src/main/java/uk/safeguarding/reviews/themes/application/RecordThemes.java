package uk.safeguarding.reviews.themes.application;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import uk.safeguarding.reviews.kernel.search.SearchHit;

/**
 * One record's themes: the record (what, reference, where it opens), its tags with who tagged each
 * and when, whether the person may change them, and the themes they may choose from (those in use,
 * and any retired one the record still carries).
 */
public record RecordThemes(String type, String id, SearchHit record, List<Tag> tags, boolean mayTag,
        List<ThemeLine> offered) implements Serializable {

    /** One theme on the record. */
    public record Tag(String code, String label, boolean retired, String taggedBy, OffsetDateTime taggedAt)
            implements Serializable {
    }

    /** The codes of the themes the record carries, as the form starts. */
    public List<String> codes() {
        return tags.stream().map(Tag::code).toList();
    }

    /** "Neglect, Domestic abuse", or null without any. */
    public String names() {
        return tags.isEmpty() ? null : String.join(", ", tags.stream().map(Tag::label).toList());
    }
}
