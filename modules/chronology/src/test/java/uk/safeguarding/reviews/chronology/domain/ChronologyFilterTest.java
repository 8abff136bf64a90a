package uk.safeguarding.reviews.chronology.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.safeguarding.reviews.chronology.domain.Events.event;
import static uk.safeguarding.reviews.chronology.domain.SignificanceReason.CHILD_PERCEIVED;
import static uk.safeguarding.reviews.chronology.domain.SignificanceReason.LEARNING_POINT;
import static uk.safeguarding.reviews.chronology.domain.SignificanceReason.PATTERN;
import static uk.safeguarding.reviews.chronology.domain.SignificanceReason.STATUTORY_EVENT;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Views of the composite chronology by agency, by reason (§7.8) and by dates. */
class ChronologyFilterTest {

    private static final List<CompositeItem> COMPOSITE = CompositeChronology.merge(List.of(
            event("police-jan", "police", LocalDate.of(2025, 1, 10), Set.of(STATUTORY_EVENT)),
            event("school-feb", "school", LocalDate.of(2025, 2, 1), Set.of(PATTERN, CHILD_PERCEIVED)),
            event("health-feb", "health", LocalDate.of(2025, 2, 28), Set.of(LEARNING_POINT)),
            event("police-mar", "police", LocalDate.of(2025, 3, 1), Set.of(PATTERN)),
            event("school-undated", "school", null, Set.of(PATTERN))));

    @Test
    void noFilterKeepsEverything() {
        assertEquals(COMPOSITE, ChronologyFilter.none().apply(COMPOSITE));
        assertEquals(COMPOSITE, new ChronologyFilter(null, null, null, null).apply(COMPOSITE));
    }

    @Test
    void byAgency() {
        assertEquals(List.of("police-jan", "police-mar"), ids(new ChronologyFilter(Set.of("police"), Set.of(), null, null)));
        assertEquals(List.of("police-jan", "health-feb", "police-mar"),
                ids(new ChronologyFilter(Set.of("police", "health"), Set.of(), null, null)));
    }

    @Test
    void byReasonKeepsEntriesWithAnyOfThem() {
        assertEquals(List.of("school-feb", "police-mar", "school-undated"), ids(new ChronologyFilter(Set.of(), Set.of(PATTERN), null, null)));
        assertEquals(List.of("police-jan", "health-feb"),
                ids(new ChronologyFilter(Set.of(), Set.of(STATUTORY_EVENT, LEARNING_POINT), null, null)));
    }

    @Test
    void byDatesIncludingBothEnds() {
        assertEquals(List.of("school-feb", "health-feb"),
                ids(new ChronologyFilter(Set.of(), Set.of(), LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28))));
        assertEquals(List.of("health-feb", "police-mar"), ids(new ChronologyFilter(Set.of(), Set.of(), LocalDate.of(2025, 2, 2), null)));
        assertEquals(List.of("police-jan"), ids(new ChronologyFilter(Set.of(), Set.of(), null, LocalDate.of(2025, 1, 31))));
    }

    @Test
    void restrictionsCombine() {
        assertEquals(List.of("police-mar"), ids(new ChronologyFilter(Set.of("police"), Set.of(PATTERN), LocalDate.of(2025, 1, 1), null)));
    }

    private static List<String> ids(ChronologyFilter filter) {
        return filter.apply(COMPOSITE).stream().map(item -> item.entry().id()).toList();
    }
}
