package uk.safeguarding.reviews.kernel.search;

import java.util.List;
import uk.safeguarding.reviews.kernel.Caller;

/**
 * One module's answer to a search within the current partnership (issue 14 §2): only records the
 * caller may open, at most {@code limit} of them. {@code text} is already trimmed and at least two
 * characters long; a source matches it against references and the other keys it knows (initials).
 */
public interface SearchSource {

    List<SearchHit> find(Caller caller, String text, int limit);

    /** For a LIKE pattern: the text with the pattern's own characters taken literally, in lower case. */
    static String likePattern(String text) {
        return "%" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }
}
