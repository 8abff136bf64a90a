package uk.safeguarding.reviews.kernel.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** §10.3's yearly figures: the year from 1 April in UK time, counted up to the moment they are taken. */
class ReportingYearTest {

    private static ZonedDateTime uk(String at) {
        return LocalDateTime.parse(at).atZone(ReportingYear.UK);
    }

    @Test
    void aYearRunsFromTheFirstOfAprilInTheUk() {
        assertEquals(2026, ReportingYear.containing(uk("2026-04-01T00:00")).startsIn());
        assertEquals(2025, ReportingYear.containing(uk("2026-03-31T23:59")).startsIn());
        // 23:30 UTC on 31 March is 00:30 on 1 April in British Summer Time.
        assertEquals(2026, ReportingYear.containing(OffsetDateTime.parse("2026-03-31T23:30Z")
                .atZoneSameInstant(java.time.ZoneOffset.UTC)).startsIn());
        ReportingYear year = new ReportingYear(2026, uk("2027-06-01T12:00"));
        assertEquals(LocalDate.of(2026, 4, 1), year.firstDay());
        assertEquals(LocalDate.of(2027, 3, 31), year.lastDay());
        assertEquals("April 2026 to March 2027", year.label());
        assertEquals(uk("2026-04-01T00:00").toOffsetDateTime(), year.start());
        assertEquals(uk("2027-04-01T00:00").toOffsetDateTime(), year.end());
    }

    @Test
    void aYearStillRunningCountsUpToTheMomentTheFiguresAreTaken() {
        ReportingYear running = new ReportingYear(2026, uk("2026-12-06T10:00"));
        assertEquals(uk("2026-12-06T10:00").toOffsetDateTime(), running.end());
        assertTrue(running.holds(uk("2026-12-06T09:59").toOffsetDateTime()));
        assertFalse(running.holds(uk("2026-12-06T10:01").toOffsetDateTime()), "not yet happened");
        assertTrue(running.holds(LocalDate.of(2026, 12, 6)));
        assertFalse(running.holds(LocalDate.of(2026, 12, 7)));
        assertFalse(running.holds(LocalDate.of(2026, 3, 31)), "the year before");
        assertFalse(running.holds((LocalDate) null));
    }

    @Test
    void aFiguresNumberIsItsRecordsAndAPartIsAShareOfItsWhole() {
        List<FigureRecord> three = List.of(record("A"), record("B"), record("C"));
        Figure due = Figure.count(Measure.TIMELINESS, "d.x.due", "Due", three);
        Figure onTime = Figure.partOf(due, "d.x.on-time", "Met on time", three.subList(0, 2));
        assertEquals(3, due.number());
        assertEquals("d.x.due", onTime.partOf());
        assertEquals(OptionalInt.of(67), onTime.percentOf(due));
        assertEquals(OptionalInt.empty(), onTime.percentOf(Figure.count(Measure.TIMELINESS, "d.y", "None", List.of())));
        assertThrows(IllegalArgumentException.class, () -> Figure.count(Measure.REFERRALS, "a b", "Spaces", List.of()));
    }

    @Test
    void keysMadeFromTypedNamesKeepOnlyWhatAKeyAllows() {
        assertEquals("northmoor-police-cid", FigureKeys.slug("  Northmoor Police (CID) "));
        assertEquals("ecole-saint-jose", FigureKeys.slug("École Saint-José"));
        assertEquals("unnamed", FigureKeys.slug("!!!"));
        assertEquals("unnamed", FigureKeys.slug(null));
    }

    @Test
    void aChosenYearIsFrom2019ToTheOneRunningAndAYearEndsAtMidnightOn31MarchUkTime() {
        java.time.ZonedDateTime now = java.time.ZonedDateTime.of(2026, 12, 6, 12, 0, 0, 0, ReportingYear.UK);
        assertEquals(2026, ReportingYear.chosen(null, 2026, now).startsIn());
        assertEquals(2025, ReportingYear.chosen(null, 2025, now).startsIn(), "what a page shows when none is chosen");
        assertEquals(2019, ReportingYear.chosen(2019, 2026, now).startsIn());
        assertEquals("year", assertThrows(uk.safeguarding.reviews.kernel.InvalidFieldException.class,
                () -> ReportingYear.chosen(2018, 2026, now)).field());
        assertEquals("year", assertThrows(uk.safeguarding.reviews.kernel.InvalidFieldException.class,
                () -> ReportingYear.chosen(2027, 2026, now)).field(), "a year not begun");
        assertEquals(List.of(2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019), ReportingYear.choices(now));

        ReportingYear year = new ReportingYear(2025, now);
        java.time.ZonedDateTime lastMinute = java.time.ZonedDateTime.of(2026, 3, 31, 23, 59, 0, 0, ReportingYear.UK);
        assertFalse(year.endedBy(lastMinute));
        assertTrue(year.endedBy(lastMinute.plusMinutes(1)));
    }

    @Test
    void aFiguresRecordsAreCountedMonthByMonthFromApril() {
        ReportingYear year = new ReportingYear(2026, ZonedDateTime.of(2027, 3, 31, 12, 0, 0, 0, ReportingYear.UK));
        Figure due = Figure.count(Measure.TIMELINESS, "d.x.due", "Due", List.of(
                new FigureRecord("A", "x", LocalDate.of(2026, 4, 1), "/a"),
                new FigureRecord("B", "x", LocalDate.of(2026, 4, 30), "/b"),
                new FigureRecord("C", "x", LocalDate.of(2027, 3, 31), "/c"),
                new FigureRecord("D", "x", LocalDate.of(2026, 3, 31), "/d")));
        List<Integer> months = due.byMonth(year);
        assertEquals(12, months.size());
        assertEquals(2, months.get(0), "April");
        assertEquals(1, months.get(11), "March");
        assertEquals(3, months.stream().mapToInt(Integer::intValue).sum(), "a day before the year is not counted");
    }

    private static FigureRecord record(String reference) {
        return new FigureRecord(reference, "a record", LocalDate.of(2026, 5, 1), "/app/x");
    }
}
