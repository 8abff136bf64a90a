package uk.safeguarding.reviews.linking.application;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.safeguarding.reviews.linking.domain.LinkedKind;
import uk.safeguarding.reviews.linking.domain.SharedItem;

/**
 * What a board's review shows through its links: the reference, kind, stage and key dates every
 * link shows, and only the items the board agreed to share.
 */
public record LinkedReviewFacts(String reference, LinkedKind kind, String stage, List<KeyDate> keyDates,
        Map<SharedItem, String> shared) {

    /** A dated milestone, such as "Opened" or "Report due". */
    public record KeyDate(String label, LocalDate date) {
    }

    public LinkedReviewFacts {
        keyDates = List.copyOf(keyDates);
        Map<SharedItem, String> copy = new EnumMap<>(SharedItem.class);
        copy.putAll(shared);
        shared = Map.copyOf(copy);
    }
}
