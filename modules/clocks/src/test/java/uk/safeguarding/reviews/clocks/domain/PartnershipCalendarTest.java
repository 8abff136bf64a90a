package uk.safeguarding.reviews.clocks.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnershipCalendarTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final BankHolidays SHIPPED = BankHolidays.shipped();

    @Test
    void aGovUkFileAddsOnlyTheBankHolidaysTheCalendarLacksAsANewVersion() {
        PartnershipCalendar v1 = PartnershipCalendar.initial(NOW);
        BankHolidays file = BankHolidays.parseGovUkJson(new java.io.ByteArrayInputStream(("""
                {"england-and-wales": {"division": "england-and-wales", "events": [
                  {"title": "Christmas Day", "date": "2027-12-27"},
                  {"title": "Extra bank holiday for a royal occasion", "date": "2027-06-07"},
                  {"title": "Too far ahead to count", "date": "2031-05-05"}]},
                 "scotland": {"division": "scotland", "events": [{"title": "St Andrew's Day", "date": "2027-11-30"}]}}
                """).getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        PartnershipCalendar v2 = v1.withImportedHolidays(file, SHIPPED, "Announced by the government", "nm.manager", NOW);

        assertEquals(2, v2.version());
        assertEquals(List.of(LocalDate.of(2027, 6, 7)), v2.extraHolidays().stream().map(h -> h.day()).toList());
        assertEquals(java.util.Optional.of("Extra bank holiday for a royal occasion"),
                v2.workingDays(SHIPPED).whyNotWorking(LocalDate.of(2027, 6, 7)));
        assertTrue(v1.workingDays(SHIPPED).isWorkingDay(LocalDate.of(2027, 6, 7)), "version 1 is as it was");
        assertEquals(1, v2.withClosure(LocalDate.of(2027, 6, 8), "Training", "nm.manager", NOW).extraHolidays().size(),
                "later versions keep the imported day");
        IllegalArgumentException nothingNew = assertThrows(IllegalArgumentException.class,
                () -> v2.withImportedHolidays(file, SHIPPED, "again", "nm.manager", NOW));
        assertEquals("The file has no bank holiday of ENGLAND_AND_WALES that the calendar does not already keep",
                nothingNew.getMessage());
    }

    @Test
    void everyChangeIsANewVersionAndEarlierVersionsStayAsTheyWere() {
        PartnershipCalendar v1 = PartnershipCalendar.initial(NOW);
        PartnershipCalendar v2 = v1.withClosure(LocalDate.of(2026, 12, 29), "Office closed", "nm.manager", NOW);
        PartnershipCalendar v3 = v2.withRegion(Region.SCOTLAND, "Moved to a Scottish partnership's calendar",
                "nm.manager", NOW);

        assertEquals(List.of(1, 2, 3), List.of(v1.version(), v2.version(), v3.version()));
        assertEquals(0, v1.closures().size());
        assertEquals(Region.ENGLAND_AND_WALES, v2.region());
        assertEquals(1, v3.closures().size());
        assertEquals(3, v3.workingDays(SHIPPED).version());
    }

    @Test
    void closureDaysAreNotCountedAndSayWhy() {
        WorkingDayCalendar calendar = PartnershipCalendar.initial(NOW)
                .withClosure(LocalDate.of(2026, 12, 29), "Office closed", "nm.manager", NOW)
                .workingDays(SHIPPED);

        assertEquals("Closure: Office closed", calendar.whyNotWorking(LocalDate.of(2026, 12, 29)).orElseThrow());
        assertEquals(LocalDate.of(2026, 12, 30), calendar.addWorkingDays(LocalDate.of(2026, 12, 24), 1).end());
    }

    @Test
    void changesThatMeanNothingAreRefusedWithTheReason() {
        PartnershipCalendar calendar = PartnershipCalendar.initial(NOW)
                .withClosure(LocalDate.of(2026, 12, 29), "Office closed", "nm.manager", NOW);

        assertEquals("2026-12-26 is a Saturday: it is never counted", assertThrows(IllegalArgumentException.class,
                () -> calendar.withClosure(LocalDate.of(2026, 12, 26), "x", "u", NOW)).getMessage());
        assertEquals("2026-12-29 is already a closure day", assertThrows(IllegalArgumentException.class,
                () -> calendar.withClosure(LocalDate.of(2026, 12, 29), "x", "u", NOW)).getMessage());
        assertEquals("2026-12-30 is not a closure day", assertThrows(IllegalArgumentException.class,
                () -> calendar.withoutClosure(LocalDate.of(2026, 12, 30), "u", NOW)).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> calendar.withRegion(Region.ENGLAND_AND_WALES, "same", "u", NOW));
        assertThrows(IllegalArgumentException.class, () -> calendar.withRegion(Region.SCOTLAND, " ", "u", NOW));
    }
}
