package uk.safeguarding.reviews.chronology.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.reviews.chronology.domain.Events.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** §7.8, §7.11: the business unit merges the agencies' chronologies into one, in time order, flagging likely duplicates. */
class CompositeChronologyTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 1, 13);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    @Test
    void eventsAreInDateOrderThenTimedByTimeThenUntimedThenByAgencyNameThenAsGiven() {
        List<ChronologyEntry> entries = List.of(
                event("tue-untimed-health", "health", TUESDAY, null, "Clinic letter sent"),
                event("tue-1400-school", "school", TUESDAY, LocalTime.of(14, 0), "Pupil upset after lunch"),
                event("mon-untimed-school", "school", MONDAY, null, "Attendance below ninety percent"),
                event("tue-0900-health", "health", TUESDAY, LocalTime.of(9, 0), "Immunisation missed"),
                event("tue-untimed-police-1", "police", TUESDAY, null, "Domestic abuse notification filed"),
                event("tue-untimed-police-2", "police", TUESDAY, null, "Warning marker added to address"),
                event("mon-2300-police", "police", MONDAY, LocalTime.of(23, 0), "Call to address overnight"));

        List<String> expected = List.of("mon-2300-police", "mon-untimed-school", "tue-0900-health", "tue-1400-school",
                // untimed on Tuesday: Avon Police before Community Health by name (not by id); police's two as given
                "tue-untimed-police-1", "tue-untimed-police-2", "tue-untimed-health");
        assertEquals(expected, ids(CompositeChronology.merge(entries)));

        List<ChronologyEntry> shuffled = new ArrayList<>(entries);
        Collections.reverse(shuffled);
        List<String> fromReversed = ids(CompositeChronology.merge(shuffled));
        assertEquals(expected.subList(0, 4), fromReversed.subList(0, 4), "order does not depend on the input order");
        assertEquals(List.of("tue-untimed-police-2", "tue-untimed-police-1", "tue-untimed-health"), fromReversed.subList(4, 7),
                "only entries alike in date, time and agency keep the order given");
        assertEquals(ids(CompositeChronology.merge(entries)), ids(CompositeChronology.merge(entries)));
    }

    @Test
    void nothingIsDroppedOrMerged() {
        ChronologyEntry one = event("1", "police", MONDAY, LocalTime.of(10, 0), "Strategy discussion held");
        ChronologyEntry same = event("2", "health", MONDAY, LocalTime.of(10, 0), "Strategy discussion held");
        ChronologyEntry undated = event("3", "school", null, null, "Undated note");

        List<CompositeItem> composite = CompositeChronology.merge(List.of(undated, one, same, one));

        assertEquals(List.of("1", "1", "2", "3"), ids(composite), "undated entries last; repeats kept");
        assertEquals(List.of(), CompositeChronology.merge(List.of()));
    }

    @Test
    void sameDayEventsFromDifferentAgenciesWithinAnHourAreFlaggedBothWays() {
        List<CompositeItem> composite = CompositeChronology.merge(List.of(
                event("police-call", "police", MONDAY, LocalTime.of(22, 10), "Officers attended after neighbour's call"),
                event("hospital", "health", MONDAY, LocalTime.of(23, 10), "Child brought to emergency department"),
                event("later", "school", MONDAY, LocalTime.of(23, 11), "Message left for head teacher"),
                event("next-day", "school", TUESDAY, LocalTime.of(22, 30), "Pastoral check-in")));

        Map<String, List<String>> flags = flagsById(composite);
        assertEquals(List.of("hospital"), flags.get("police-call"));
        assertEquals(List.of("police-call", "later"), flags.get("hospital"), "exactly 60 minutes apart counts; 61 does not");
        assertEquals(List.of("hospital"), flags.get("later"));
        assertEquals(List.of(), flags.get("next-day"), "another day is another event");
    }

    @Test
    void sameDayEventsFromDifferentAgenciesDescribedAlikeAreFlagged() {
        List<CompositeItem> composite = CompositeChronology.merge(List.of(
                event("social-care", "social-care", MONDAY, null, "Strategy discussion held with police and health."),
                event("police", "police", MONDAY, LocalTime.of(15, 0), "Police attended a strategy discussion with social care"),
                event("school", "school", MONDAY, LocalTime.of(9, 0), "Mother phoned about uniform"),
                event("health", "health", MONDAY, null,
                        "Mother phoned the school office about the child's uniform, dinner money, trips, lunches and the coat")));

        Map<String, List<String>> flags = flagsById(composite);
        assertEquals(List.of("police"), flags.get("social-care"), "similar words, one without a time");
        assertEquals(List.of("social-care"), flags.get("police"));
        assertEquals(List.of("health"), flags.get("school"), "one's words all in the other's");
        assertEquals(List.of("school"), flags.get("health"));
    }

    @Test
    void anAgencysOwnEventsAreNeverFlagged() {
        List<CompositeItem> composite = CompositeChronology.merge(List.of(
                event("a", "police", MONDAY, LocalTime.of(10, 0), "Strategy discussion held"),
                event("b", "police", MONDAY, LocalTime.of(10, 5), "Strategy discussion held")));

        assertTrue(composite.stream().noneMatch(CompositeItem::isPossibleDuplicate));
    }

    @Test
    void differentEventsOnTheSameDayAreNotFlagged() {
        List<CompositeItem> composite = CompositeChronology.merge(List.of(
                event("a", "police", MONDAY, LocalTime.of(8, 0), "Missing from home report taken from the mother"),
                event("b", "school", MONDAY, LocalTime.of(15, 0), "Pupil excluded for fighting in the playground"),
                event("c", "health", MONDAY, null, "The")));

        assertTrue(composite.stream().noneMatch(CompositeItem::isPossibleDuplicate), () -> flagsById(composite).toString());
    }

    @Test
    void wordsAreComparedWithoutCasePunctuationPossessivesOrStopWords() {
        assertEquals(Set.of("child", "seen", "mother", "home"), EventWords.of("The child's been SEEN, with Mother’s ... at home!"));
        assertFalse(EventWords.similar(EventWords.of("Home visit"), EventWords.of("Home visit by the health visitor, the GP and the school nurse about sleep")),
                "two content words are too few to count as contained");
    }

    private static List<String> ids(List<CompositeItem> composite) {
        return composite.stream().map(item -> item.entry().id()).toList();
    }

    private static Map<String, List<String>> flagsById(List<CompositeItem> composite) {
        return composite.stream().collect(Collectors.toMap(item -> item.entry().id(), CompositeItem::possibleDuplicateOf,
                (a, b) -> a, LinkedHashMap::new));
    }
}
