package uk.safeguarding.reviews.clocks.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnershipCalendarTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final BankHolidays SHIPPED = BankHolidays.shipped();

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
