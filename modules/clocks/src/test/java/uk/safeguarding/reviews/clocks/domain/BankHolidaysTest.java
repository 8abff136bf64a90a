package uk.safeguarding.reviews.clocks.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BankHolidaysTest {

    private static final BankHolidays SHIPPED = BankHolidays.shipped();

    @Test
    void theShippedYearsHaveTheRightNumberOfHolidaysInEachRegion() {
        Map<Integer, Long> england = perYear(Region.ENGLAND_AND_WALES);
        Map<Integer, Long> scotland = perYear(Region.SCOTLAND);
        Map<Integer, Long> northernIreland = perYear(Region.NORTHERN_IRELAND);

        for (int year = 2018; year <= 2030; year++) {
            int oneOffs = year == 2022 ? 2 : year == 2023 ? 1 : 0; // Jubilee and State Funeral; Coronation
            assertEquals(8 + oneOffs, england.get(year), "England and Wales " + year);
            assertEquals(9 + oneOffs, scotland.get(year), "Scotland " + year);
            assertEquals(10 + oneOffs, northernIreland.get(year), "Northern Ireland " + year);
        }
    }

    @Test
    void theOneOffDaysAreInEveryRegion() {
        for (Region region : Region.values()) {
            List<LocalDate> days = SHIPPED.in(region).stream().map(NonWorkingDay::date).toList();
            assertTrue(days.containsAll(List.of(LocalDate.of(2020, 5, 8), LocalDate.of(2022, 6, 2),
                    LocalDate.of(2022, 6, 3), LocalDate.of(2022, 9, 19), LocalDate.of(2023, 5, 8))), region.name());
            assertTrue(!days.contains(LocalDate.of(2020, 5, 4)) && !days.contains(LocalDate.of(2022, 5, 30)),
                    "the moved holidays' usual days were worked in " + region);
        }
    }

    @Test
    void aGovUkFileCanBeImported() {
        BankHolidays imported = BankHolidays.parseGovUkJson(json("""
                {"england-and-wales": {"division": "england-and-wales", "events": [
                  {"title": "New Year’s Day", "date": "2031-01-01", "notes": "", "bunting": true},
                  {"title": "Good Friday", "date": "2031-04-11", "notes": "", "bunting": false}]}}
                """));

        assertEquals(List.of(new NonWorkingDay(LocalDate.of(2031, 1, 1), "New Year’s Day"),
                new NonWorkingDay(LocalDate.of(2031, 4, 11), "Good Friday")), imported.in(Region.ENGLAND_AND_WALES));
        assertEquals(LocalDate.of(2031, 12, 31), imported.coveredTo(Region.ENGLAND_AND_WALES));
    }

    @Test
    void aFileThatDoesNotParseIsRefusedWithWhereAndWhy() {
        assertTrue(refusal("not json at all").startsWith("The file is not valid JSON"));
        assertEquals("Unknown division \"wales\": expected england-and-wales, scotland or northern-ireland",
                refusal("{\"wales\": {\"events\": []}}"));
        assertEquals("scotland event 2 (St Andrew’s Day): \"30/11/2031\" is not a date in the form yyyy-MM-dd",
                refusal("""
                        {"scotland": {"events": [{"title": "2nd January", "date": "2031-01-02"},
                                                 {"title": "St Andrew’s Day", "date": "30/11/2031"}]}}
                        """));
        assertEquals("england-and-wales event 1: the title is missing",
                refusal("{\"england-and-wales\": {\"events\": [{\"date\": \"2031-01-01\"}]}}"));
    }

    private static String refusal(String content) {
        return assertThrows(InvalidCalendarFileException.class, () -> BankHolidays.parseGovUkJson(json(content)))
                .getMessage();
    }

    private static ByteArrayInputStream json(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<Integer, Long> perYear(Region region) {
        return SHIPPED.in(region).stream().collect(Collectors.groupingBy(d -> d.date().getYear(), TreeMap::new,
                Collectors.counting()));
    }
}
