package uk.safeguarding.reviews.chronology.domain;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The content words of an event's description, to tell when two agencies describe the same event:
 * lower case, without punctuation, possessive 's or common English stop words.
 */
final class EventWords {

    /** Jaccard similarity at or above which two descriptions look like the same event. */
    static final double SIMILAR = 0.35;

    /** Fewest content words a description needs before its being contained in another's counts. */
    static final int CONTAINED_MIN_WORDS = 3;

    private static final Pattern POSSESSIVE = Pattern.compile("'s(?![\\p{L}\\p{N}])");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
            "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
            "could", "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had",
            "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i",
            "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no",
            "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out",
            "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
            "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too",
            "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
            "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves");

    private EventWords() {
    }

    static Set<String> of(String text) {
        String plain = POSSESSIVE.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).replaceAll("")
                .replace("'", "");
        Set<String> words = new HashSet<>(Arrays.asList(NOT_A_WORD.split(plain)));
        words.remove("");
        words.removeAll(STOP_WORDS);
        return words;
    }

    /** Whether two descriptions' content words overlap enough, or one's are all in the other's. */
    static boolean similar(Set<String> one, Set<String> other) {
        if (one.isEmpty() || other.isEmpty()) {
            return false;
        }
        Set<String> shared = new HashSet<>(one);
        shared.retainAll(other);
        int union = one.size() + other.size() - shared.size();
        if ((double) shared.size() / union >= SIMILAR) {
            return true;
        }
        int smaller = Math.min(one.size(), other.size());
        return smaller >= CONTAINED_MIN_WORDS && shared.size() == smaller;
    }
}
