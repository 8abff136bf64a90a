package uk.safeguarding.reviews.clocks.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.InvalidFieldException;

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
        InvalidFieldException nothingNew = assertThrows(InvalidFieldException.class,
                () -> v2.withImportedHolidays(file, SHIPPED, "again", "nm.manager", NOW));
        assertEquals("The file has no bank holiday of England and Wales that the calendar does not already keep",
                nothingNew.getMessage());
        assertEquals("holidayFile", nothingNew.field());
    }

    /** GOV.UK's England and Wales bank holidays of 2031, as its file would list them. */
    static final String HOLIDAYS_2031 = """
            {"england-and-wales": {"division": "england-and-wales", "events": [
              {"title": "New Year’s Day", "date": "2031-01-01"},
              {"title": "Good Friday", "date": "2031-04-11"},
              {"title": "Easter Monday", "date": "2031-04-14"},
              {"title": "Early May bank holiday", "date": "2031-05-05"},
              {"title": "Spring bank holiday", "date": "2031-05-26"},
              {"title": "Summer bank holiday", "date": "2031-08-25"},
              {"title": "Christmas Day", "date": "2031-12-25"},
              {"title": "Boxing Day", "date": "2031-12-26"},
              {"title": "Only announced so far", "date": "2032-05-03"}]}}
            """;

    @Test
    void aClockRunningPastTheShippedBankHolidaysIsRefusedWithWhatToDoUntilANewerFileIsLoaded() {
        ClockRule rapidReview = new ClockRule("rapid-review", "§4.2", StartEvent.REFERRAL_RECEIVED, 15,
                ClockUnit.WORKING_DAYS, ClockDirection.AFTER);
        java.time.ZonedDateTime friday = java.time.LocalDateTime.of(2030, 12, 20, 10, 0).atZone(DeadlineCalculator.UK);
        PartnershipCalendar shippedOnly = PartnershipCalendar.initial(NOW);

        DateOutsideCalendarException refused = assertThrows(DateOutsideCalendarException.class,
                () -> DeadlineCalculator.dueDate(rapidReview, friday, shippedOnly.workingDays(SHIPPED)));
        assertEquals(LocalDate.of(2030, 12, 31), refused.coveredTo());
        assertEquals("Working days can only be counted up to 31 December 2030, the last day of the bank holidays in"
                + " the partnership's working-day calendar, and this would need 1 January 2031. Nothing was changed."
                + " A business manager can load GOV.UK's bank-holidays file for 2031"
                + " (https://www.gov.uk/bank-holidays.json) under Clock rules, Working days; then try again.",
                refused.getMessage());
        assertTrue(refused instanceof uk.safeguarding.reviews.kernel.RefusedException, "a refusal, not a failure");

        PartnershipCalendar loaded = shippedOnly.withImportedHolidays(BankHolidays.parseGovUkJson(
                new java.io.ByteArrayInputStream(HOLIDAYS_2031.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                SHIPPED, "GOV.UK published 2031", "nm.manager", NOW);

        assertEquals(LocalDate.of(2031, 12, 31), loaded.coveredTo(SHIPPED), "2032 is not whole yet: it is not counted");
        assertEquals(8, loaded.extraHolidays().size());
        Deadline due = DeadlineCalculator.dueDate(rapidReview, friday, loaded.workingDays(SHIPPED));
        // 23, 24, 27, 30, 31 December, then 2 January onwards: Christmas, Boxing Day and New Year's Day skipped.
        assertEquals(LocalDate.of(2031, 1, 15), due.dueDay());
        assertTrue(due.skipped().stream().anyMatch(d -> d.date().equals(LocalDate.of(2031, 1, 1))
                && d.reason().equals("New Year’s Day")), due.skipped().toString());
        assertEquals("Bank holidays imported: 8 days from 2031-01-01 to 2031-12-26; working days now counted to"
                + " 2031-12-31; GOV.UK published 2031", loaded.reason());
        assertEquals(LocalDate.of(2031, 12, 31), loaded.withClosure(LocalDate.of(2031, 1, 2), "Closed", "nm.manager",
                NOW).coveredTo(SHIPPED), "later versions keep the coverage");
        assertEquals(LocalDate.of(2030, 12, 31), loaded.withRegion(Region.SCOTLAND, "Scottish calendar", "nm.manager",
                NOW).coveredTo(SHIPPED), "another region's coverage is its own");
    }

    @Test
    void businessManagersAreWarnedFromTwelveMonthsBeforeTheCalendarRunsOut() {
        PartnershipCalendar calendar = PartnershipCalendar.initial(NOW);
        assertEquals(false, calendar.runsOutSoon(SHIPPED, LocalDate.of(2029, 12, 30)));
        assertEquals(true, calendar.runsOutSoon(SHIPPED, LocalDate.of(2029, 12, 31)));
        assertEquals(true, calendar.runsOutSoon(SHIPPED, LocalDate.of(2030, 12, 24)));
        PartnershipCalendar loaded = calendar.withImportedHolidays(BankHolidays.parseGovUkJson(
                new java.io.ByteArrayInputStream(HOLIDAYS_2031.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                SHIPPED, "GOV.UK published 2031", "nm.manager", NOW);
        assertEquals(false, loaded.runsOutSoon(SHIPPED, LocalDate.of(2030, 12, 24)), "2031 is loaded");
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

        InvalidFieldException weekend = assertThrows(InvalidFieldException.class,
                () -> calendar.withClosure(LocalDate.of(2026, 12, 26), "x", "u", NOW));
        assertEquals("26 December 2026 is a Saturday: it is never counted", weekend.getMessage());
        assertEquals("day", weekend.field());
        assertEquals("29 December 2026 is already a closure day", assertThrows(InvalidFieldException.class,
                () -> calendar.withClosure(LocalDate.of(2026, 12, 29), "x", "u", NOW)).getMessage());
        assertEquals("30 December 2026 is not a closure day", assertThrows(InvalidFieldException.class,
                () -> calendar.withoutClosure(LocalDate.of(2026, 12, 30), "u", NOW)).getMessage());
        InvalidFieldException sameRegion = assertThrows(InvalidFieldException.class,
                () -> calendar.withRegion(Region.ENGLAND_AND_WALES, "same", "u", NOW));
        assertEquals("The calendar already keeps the bank holidays of England and Wales", sameRegion.getMessage());
        assertEquals("region", sameRegion.field());
        InvalidFieldException noReason = assertThrows(InvalidFieldException.class,
                () -> calendar.withRegion(Region.SCOTLAND, " ", "u", NOW));
        assertEquals("Say why the change is made", noReason.getMessage());
    }
}
