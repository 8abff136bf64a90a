package uk.safeguarding.reviews.chronology.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A view of the composite chronology: some agencies, some reasons, a date range. An empty set or a
 * {@code null} date does not restrict. An entry is kept when its agency is one of {@code agencyIds},
 * it has any one of {@code reasons}, and its date lies from {@code from} to {@code to}, both
 * included (an entry without a date is left out once a date is given).
 *
 * <p>Possible-duplicate flags are kept as they were, even where the other entry is filtered out:
 * the chance of a duplicate does not go away because it is not on screen.
 */
public record ChronologyFilter(Set<String> agencyIds, Set<SignificanceReason> reasons, LocalDate from, LocalDate to) {

    public ChronologyFilter {
        agencyIds = agencyIds == null ? Set.of() : Set.copyOf(agencyIds);
        reasons = reasons == null || reasons.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(SignificanceReason.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(reasons));
    }

    /** The filter that keeps everything. */
    public static ChronologyFilter none() {
        return new ChronologyFilter(Set.of(), Set.of(), null, null);
    }

    /** The items this filter keeps, in the order given. */
    public List<CompositeItem> apply(List<CompositeItem> items) {
        return items.stream().filter(item -> keeps(item.entry())).toList();
    }

    private boolean keeps(ChronologyEntry entry) {
        return (agencyIds.isEmpty() || agencyIds.contains(entry.agencyId()))
                && (reasons.isEmpty() || !Collections.disjoint(reasons, entry.significance()))
                && (from == null || (entry.date() != null && !entry.date().isBefore(from)))
                && (to == null || (entry.date() != null && !entry.date().isAfter(to)));
    }
}
