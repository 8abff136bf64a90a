package uk.safeguarding.reviews.chronology.domain;

import java.util.List;
import java.util.Objects;

/**
 * One event in the composite chronology, with the events from other agencies that may record the
 * same thing. The business unit decides; nothing is merged or dropped automatically.
 *
 * @param possibleDuplicateOf the ids of those other entries, in composite order
 * @param beforeBirth whether the event happened before the child was born (issue 15: kept, and said)
 */
public record CompositeItem(ChronologyEntry entry, List<String> possibleDuplicateOf, boolean beforeBirth) {

    public CompositeItem {
        Objects.requireNonNull(entry, "entry");
        possibleDuplicateOf = List.copyOf(possibleDuplicateOf);
    }

    public boolean isPossibleDuplicate() {
        return !possibleDuplicateOf.isEmpty();
    }
}
