package uk.safeguarding.reviews.chronology.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The partnership's composite chronology: the business unit merges the agencies' Significant
 * Practice Event chronologies (§7.8) into one, shared with the review meeting's papers (§7.11).
 *
 * <p>Events are in date order; within a day, events with a time come first in time order, then
 * those whose time is not known; ties go by agency name, then by the order given, so the same input
 * always gives the same chronology. Events without a date (which {@link ChronologyRules} would refuse)
 * come last.
 *
 * <p>Two agencies often record the same event (a strategy discussion, a joint visit). Entries from
 * different agencies on the same date are flagged as possible duplicates of each other when both
 * have times within {@value #DUPLICATE_WINDOW_MINUTES} minutes of each other, or when their "What
 * happened" texts share most of their content words (see {@link EventWords}). Entries from the same
 * agency are never flagged: an agency knows its own events apart.
 */
public final class CompositeChronology {

    public static final int DUPLICATE_WINDOW_MINUTES = 60;

    static final Comparator<ChronologyEntry> ORDER = Comparator
            .comparing(ChronologyEntry::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ChronologyEntry::time, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ChronologyEntry::agencyName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(ChronologyEntry::agencyName);

    private CompositeChronology() {
    }

    /** As {@link #merge(Collection, LocalDate)} when the child's date of birth is not known. */
    public static List<CompositeItem> merge(Collection<ChronologyEntry> entries) {
        return merge(entries, null);
    }

    /**
     * Every entry, in composite order, each with its possible duplicates and whether it happened
     * before the child was born ({@code bornOn}, or {@code null} when not known). Ties after agency
     * name keep the collection's iteration order, so pass a list for a repeatable result.
     */
    public static List<CompositeItem> merge(Collection<ChronologyEntry> entries, LocalDate bornOn) {
        List<ChronologyEntry> ordered = new ArrayList<>(entries);
        ordered.sort(ORDER); // a stable sort: equal entries keep the order given
        List<Set<String>> words = ordered.stream().map(entry -> EventWords.of(entry.whatHappened())).toList();
        List<List<String>> duplicates = new ArrayList<>();
        ordered.forEach(entry -> duplicates.add(new ArrayList<>()));

        for (int i = 0; i < ordered.size(); i++) {
            ChronologyEntry one = ordered.get(i);
            // Entries of one date sit together in date order, so only the rest of that day is compared.
            for (int j = i + 1; j < ordered.size() && one.date() != null && one.date().equals(ordered.get(j).date()); j++) {
                ChronologyEntry other = ordered.get(j);
                if (!one.agencyId().equals(other.agencyId())
                        && (closeInTime(one.time(), other.time()) || EventWords.similar(words.get(i), words.get(j)))) {
                    duplicates.get(i).add(other.id());
                    duplicates.get(j).add(one.id());
                }
            }
        }

        List<CompositeItem> composite = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            composite.add(new CompositeItem(ordered.get(i), duplicates.get(i),
                    ChronologyLimits.isBeforeBirth(ordered.get(i).date(), bornOn)));
        }
        return List.copyOf(composite);
    }

    private static boolean closeInTime(LocalTime one, LocalTime other) {
        return one != null && other != null
                && Duration.between(one, other).abs().toMinutes() <= DUPLICATE_WINDOW_MINUTES;
    }
}
