package uk.safeguarding.reviews.kernel.search;

import jakarta.persistence.Query;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Finding records by what a person types of their references (issue 13 §4): a chooser among a
 * partnership's thousands of reviews lists those matching, not the newest few hundred. Each word
 * typed (split at spaces and commas) is a part of a reference, so "RR-2026-0002 SAR-2026" finds both
 * reviews to link; matching ignores case and takes %, _ and \ literally.
 */
public final class ReferenceSearch {

    /** At most this many words are searched for; more are ignored. */
    public static final int MAX_WORDS = 5;

    private ReferenceSearch() {
    }

    /** The LIKE patterns for {@code typed}; none for nothing typed. */
    public static List<String> patterns(String typed) {
        if (typed == null) {
            return List.of();
        }
        return Arrays.stream(typed.strip().split("[\\s,]+")).filter(word -> !word.isEmpty()).distinct()
                .limit(MAX_WORDS).map(SearchSource::likePattern).toList();
    }

    /** The JPQL condition on {@code column} for {@code count} patterns, with its WHERE; empty for none. */
    public static String where(String column, int count) {
        return count == 0 ? "" : IntStream.range(0, count)
                .mapToObj(i -> "LOWER(" + column + ") LIKE :reference" + i + " ESCAPE '\\'")
                .collect(Collectors.joining(" OR ", " WHERE (", ")"));
    }

    /** Binds the patterns that {@link #where} named. */
    public static void bind(Query query, List<String> patterns) {
        for (int i = 0; i < patterns.size(); i++) {
            query.setParameter("reference" + i, patterns.get(i));
        }
    }
}
