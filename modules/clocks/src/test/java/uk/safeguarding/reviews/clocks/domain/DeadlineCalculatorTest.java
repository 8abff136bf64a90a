package uk.safeguarding.reviews.clocks.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.safeguarding.reviews.clocks.domain.WorkingDayCalendar.SkippedDay;

/**
 * Deadlines against the shipped bank holidays. Every expected date was worked out by hand from the
 * calendar (and checked against an independent count); the comment on each row says why.
 */
class DeadlineCalculatorTest {

    private static final BankHolidays SHIPPED = BankHolidays.shipped();
    private static final WorkingDayCalendar ENGLAND = WorkingDayCalendar.of(Region.ENGLAND_AND_WALES, SHIPPED, 1, List.of());
    private static final WorkingDayCalendar SCOTLAND = WorkingDayCalendar.of(Region.SCOTLAND, SHIPPED, 1, List.of());
    private static final WorkingDayCalendar NORTHERN_IRELAND = WorkingDayCalendar.of(Region.NORTHERN_IRELAND, SHIPPED, 1,
            List.of());

    @ParameterizedTest(name = "{0}: {1} + {2} {3} = {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # region            | start (UK local)    | amount | unit          | due day     | why
            ENGLAND_AND_WALES   | 2026-03-02T10:00    | 15     | WORKING_DAYS  | 2026-03-23  | three plain weeks (policy §4.2: rapid review)
            ENGLAND_AND_WALES   | 2026-03-06T10:00    | 1      | WORKING_DAYS  | 2026-03-09  | Friday to Monday
            ENGLAND_AND_WALES   | 2026-03-07T10:00    | 1      | WORKING_DAYS  | 2026-03-09  | Saturday start: Monday is day 1
            ENGLAND_AND_WALES   | 2026-03-08T23:59    | 1      | WORKING_DAYS  | 2026-03-09  | Sunday start: Monday is day 1
            ENGLAND_AND_WALES   | 2026-03-28T09:00    | 15     | WORKING_DAYS  | 2026-04-21  | weekend start, then Easter
            ENGLAND_AND_WALES   | 2026-12-24T10:00    | 1      | WORKING_DAYS  | 2026-12-29  | Christmas Friday, Boxing Day Saturday with Monday substitute
            ENGLAND_AND_WALES   | 2026-12-23T10:00    | 5      | WORKING_DAYS  | 2027-01-04  | across Christmas and New Year 2027 (Friday)
            ENGLAND_AND_WALES   | 2026-12-14T10:00    | 15     | WORKING_DAYS  | 2027-01-07  | rapid review across Christmas
            ENGLAND_AND_WALES   | 2026-12-25T10:00    | 2      | WORKING_DAYS  | 2026-12-30  | start on Christmas Day
            ENGLAND_AND_WALES   | 2021-12-24T10:00    | 1      | WORKING_DAYS  | 2021-12-29  | Christmas Saturday: substitutes Monday 27 and Tuesday 28
            ENGLAND_AND_WALES   | 2022-12-23T10:00    | 1      | WORKING_DAYS  | 2022-12-28  | Christmas Sunday: Boxing Day Monday, Christmas substitute Tuesday
            ENGLAND_AND_WALES   | 2020-12-24T10:00    | 1      | WORKING_DAYS  | 2020-12-29  | Boxing Day Saturday 2020: substitute Monday 28
            ENGLAND_AND_WALES   | 2027-12-24T10:00    | 2      | WORKING_DAYS  | 2027-12-30  | Christmas Saturday 2027
            ENGLAND_AND_WALES   | 2021-12-31T10:00    | 1      | WORKING_DAYS  | 2022-01-04  | New Year Saturday: substitute Monday 3
            ENGLAND_AND_WALES   | 2022-12-30T10:00    | 1      | WORKING_DAYS  | 2023-01-03  | New Year Sunday: substitute Monday 2
            ENGLAND_AND_WALES   | 2025-12-31T10:00    | 2      | WORKING_DAYS  | 2026-01-05  | New Year Thursday 2026
            ENGLAND_AND_WALES   | 2026-04-02T10:00    | 1      | WORKING_DAYS  | 2026-04-07  | Good Friday and Easter Monday
            ENGLAND_AND_WALES   | 2026-03-30T10:00    | 5      | WORKING_DAYS  | 2026-04-08  | agency responses across Easter (policy §7.7)
            ENGLAND_AND_WALES   | 2026-04-03T10:00    | 1      | WORKING_DAYS  | 2026-04-07  | start on Good Friday
            ENGLAND_AND_WALES   | 2025-04-16T10:00    | 3      | WORKING_DAYS  | 2025-04-23  | Easter 2025
            ENGLAND_AND_WALES   | 2020-05-07T10:00    | 1      | WORKING_DAYS  | 2020-05-11  | VE Day Friday 8 May 2020
            ENGLAND_AND_WALES   | 2020-05-01T10:00    | 1      | WORKING_DAYS  | 2020-05-04  | ... so Monday 4 May 2020 was worked
            ENGLAND_AND_WALES   | 2022-06-01T10:00    | 1      | WORKING_DAYS  | 2022-06-06  | Spring bank holiday moved to 2 June, Platinum Jubilee 3 June
            ENGLAND_AND_WALES   | 2022-05-27T10:00    | 1      | WORKING_DAYS  | 2022-05-30  | ... so Monday 30 May 2022 was worked
            ENGLAND_AND_WALES   | 2022-09-16T10:00    | 1      | WORKING_DAYS  | 2022-09-20  | State Funeral Monday 19 September 2022
            ENGLAND_AND_WALES   | 2023-05-05T10:00    | 1      | WORKING_DAYS  | 2023-05-09  | Coronation Monday 8 May 2023
            ENGLAND_AND_WALES   | 2023-04-28T10:00    | 1      | WORKING_DAYS  | 2023-05-02  | Early May Monday 1 May 2023
            ENGLAND_AND_WALES   | 2024-02-28T10:00    | 1      | WORKING_DAYS  | 2024-02-29  | leap day is a working day
            ENGLAND_AND_WALES   | 2024-02-29T10:00    | 1      | WORKING_DAYS  | 2024-03-01  | from the leap day
            ENGLAND_AND_WALES   | 2024-02-26T10:00    | 3      | WORKING_DAYS  | 2024-02-29  | onto the leap day
            ENGLAND_AND_WALES   | 2026-03-02T10:00    | 45     | WORKING_DAYS  | 2026-05-07  | local case review (§4.2) across Easter and Early May
            ENGLAND_AND_WALES   | 2026-07-10T10:00    | 1      | WORKING_DAYS  | 2026-07-13  | no Boyne holiday in England
            NORTHERN_IRELAND    | 2026-07-10T10:00    | 1      | WORKING_DAYS  | 2026-07-14  | Boyne Sunday 2026: substitute Monday 13
            ENGLAND_AND_WALES   | 2024-03-15T10:00    | 1      | WORKING_DAYS  | 2024-03-18  | no St Patrick's Day in England
            NORTHERN_IRELAND    | 2024-03-15T10:00    | 1      | WORKING_DAYS  | 2024-03-19  | St Patrick's Sunday 2024: substitute Monday 18
            SCOTLAND            | 2021-12-31T10:00    | 1      | WORKING_DAYS  | 2022-01-05  | Scotland: New Year and 2 January substitutes, Monday and Tuesday
            SCOTLAND            | 2022-12-30T10:00    | 1      | WORKING_DAYS  | 2023-01-04  | Scotland 2023: 2 January Monday, New Year substitute Tuesday
            SCOTLAND            | 2026-04-02T10:00    | 1      | WORKING_DAYS  | 2026-04-06  | no Easter Monday in Scotland
            SCOTLAND            | 2026-07-31T10:00    | 1      | WORKING_DAYS  | 2026-08-04  | Scottish summer holiday: first Monday of August
            ENGLAND_AND_WALES   | 2026-07-31T10:00    | 1      | WORKING_DAYS  | 2026-08-03  | ... worked in England
            ENGLAND_AND_WALES   | 2026-08-28T10:00    | 1      | WORKING_DAYS  | 2026-09-01  | English summer holiday: last Monday of August
            SCOTLAND            | 2026-08-28T10:00    | 1      | WORKING_DAYS  | 2026-08-31  | ... worked in Scotland
            SCOTLAND            | 2024-11-29T10:00    | 1      | WORKING_DAYS  | 2024-12-03  | St Andrew's Saturday 2024: substitute Monday 2 December
            ENGLAND_AND_WALES   | 2024-02-28T10:00    | 1      | CALENDAR_DAYS | 2024-02-29  | calendar days see the leap day
            ENGLAND_AND_WALES   | 2025-02-28T10:00    | 1      | CALENDAR_DAYS | 2025-03-01  | no leap day in 2025
            ENGLAND_AND_WALES   | 2026-12-24T10:00    | 3      | CALENDAR_DAYS | 2026-12-27  | calendar days count holidays
            ENGLAND_AND_WALES   | 2026-01-31T10:00    | 1      | MONTHS        | 2026-02-28  | month end: 31 January + 1 month
            ENGLAND_AND_WALES   | 2024-01-31T10:00    | 1      | MONTHS        | 2024-02-29  | month end in a leap year
            ENGLAND_AND_WALES   | 2026-08-31T10:00    | 6      | MONTHS        | 2027-02-28  | CSPR six months (§4.2) from 31 August
            ENGLAND_AND_WALES   | 2027-08-30T10:00    | 6      | MONTHS        | 2028-02-29  | six months onto a leap day
            ENGLAND_AND_WALES   | 2026-03-31T10:00    | 6      | MONTHS        | 2026-09-30  | 31 March + 6 months
            ENGLAND_AND_WALES   | 2024-02-29T10:00    | 12     | MONTHS        | 2025-02-28  | published at least 12 months (§8.3) from a leap day
            ENGLAND_AND_WALES   | 2026-03-02T09:30    | 24     | HOURS         | 2026-03-03  | 24 hours, no clock change (§7.5)
            """, quoteCharacter = '"', ignoreLeadingAndTrailingWhitespace = true)
    void dueDays(Region region, LocalDateTime start, int amount, ClockUnit unit, LocalDate expectedDue, String why) {
        ClockRule rule = new ClockRule("case", why, StartEvent.REFERRAL_RECEIVED, amount, unit, ClockDirection.AFTER);

        Deadline deadline = DeadlineCalculator.dueDate(rule, start.atZone(DeadlineCalculator.UK), calendar(region));

        assertEquals(expectedDue, deadline.dueDay(), why);
        if (unit != ClockUnit.HOURS) {
            assertEquals(expectedDue.atTime(23, 59, 59, 999_999_000).atZone(DeadlineCalculator.UK), deadline.dueBy(),
                    "a day clock is met by the end of its due day");
        }
    }

    /** Hour clocks count elapsed hours: across a clock change the wall-clock time moves by an hour. */
    @ParameterizedTest(name = "{0} + {1} hours = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # start (UK local) | hours | due (UK local)   | why
            2026-03-28T12:00   | 24    | 2026-03-29T13:00 | BST starts 29 March 2026 at 01:00 GMT: 24 elapsed hours end at 13:00 BST
            2026-03-28T12:00   | 48    | 2026-03-30T13:00 | forward to panel then decision (§7.5) across the spring change
            2026-10-24T12:00   | 24    | 2026-10-25T11:00 | BST ends 25 October 2026 at 02:00 BST: 24 elapsed hours end at 11:00 GMT
            2026-10-23T18:00   | 48    | 2026-10-25T17:00 | 48 hours across the autumn change
            2026-06-10T16:45   | 48    | 2026-06-12T16:45 | summer, no change
            """, quoteCharacter = '"', ignoreLeadingAndTrailingWhitespace = true)
    void hourClocksAreExactAcrossSummerTime(LocalDateTime start, int hours, LocalDateTime expectedLocal, String why) {
        ClockRule rule = new ClockRule("hours", why, StartEvent.REFERRAL_RECEIVED, hours, ClockUnit.HOURS,
                ClockDirection.AFTER);
        ZonedDateTime startedAt = start.atZone(DeadlineCalculator.UK);

        Deadline deadline = DeadlineCalculator.dueDate(rule, startedAt, ENGLAND);

        assertEquals(expectedLocal, deadline.dueBy().toLocalDateTime(), why);
        assertEquals(hours * 3600L, deadline.dueBy().toEpochSecond() - startedAt.toEpochSecond(), "elapsed seconds");
    }

    @Test
    void theSameStartInTwoPartnershipsWithDifferentCalendarsHasDifferentDueDates() {
        ClockRule rapidReview = PolicyDefaults.rule("rapid-review");
        WorkingDayCalendar closedBetweenChristmasAndNewYear = WorkingDayCalendar.of(Region.ENGLAND_AND_WALES, SHIPPED, 2,
                List.of(new NonWorkingDay(LocalDate.of(2026, 12, 29), "Office closed"),
                        new NonWorkingDay(LocalDate.of(2026, 12, 30), "Office closed"),
                        new NonWorkingDay(LocalDate.of(2026, 12, 31), "Office closed")));
        ZonedDateTime received = LocalDateTime.of(2026, 12, 14, 10, 0).atZone(DeadlineCalculator.UK);

        Deadline inNorthmoor = DeadlineCalculator.dueDate(rapidReview, received, ENGLAND);
        Deadline inSouthvale = DeadlineCalculator.dueDate(rapidReview, received, closedBetweenChristmasAndNewYear);
        Deadline inScotland = DeadlineCalculator.dueDate(rapidReview, LocalDateTime.of(2021, 12, 31, 9, 0)
                .atZone(DeadlineCalculator.UK), SCOTLAND);

        assertEquals(LocalDate.of(2027, 1, 7), inNorthmoor.dueDay());
        assertEquals(LocalDate.of(2027, 1, 12), inSouthvale.dueDay());
        assertEquals(2, inSouthvale.calendarVersion());
        assertNotEquals(DeadlineCalculator.dueDate(rapidReview, LocalDateTime.of(2021, 12, 31, 9, 0)
                .atZone(DeadlineCalculator.UK), ENGLAND).dueDay(), inScotland.dueDay());
    }

    @Test
    void theExplanationListsExactlyTheDaysThatWereSkipped() {
        Deadline deadline = DeadlineCalculator.dueDate(PolicyDefaults.rule("information-requests"),
                LocalDateTime.of(2026, 12, 24, 16, 0).atZone(DeadlineCalculator.UK), ENGLAND);

        assertEquals(LocalDate.of(2026, 12, 30), deadline.dueDay());
        assertEquals(List.of(
                new SkippedDay(LocalDate.of(2026, 12, 25), "Christmas Day"),
                new SkippedDay(LocalDate.of(2026, 12, 26), "Saturday"),
                new SkippedDay(LocalDate.of(2026, 12, 27), "Sunday"),
                new SkippedDay(LocalDate.of(2026, 12, 28), "Boxing Day")), deadline.skipped());
        assertEquals("2 working days after 2026-12-24: due 2026-12-30; not counted: 2026-12-25 (Christmas Day),"
                + " 2026-12-26 (Saturday), 2026-12-27 (Sunday), 2026-12-28 (Boxing Day)", deadline.summary());
    }

    @Test
    void theExplanationNamesOneOffHolidaysAndClosures() {
        WorkingDayCalendar withClosure = WorkingDayCalendar.of(Region.ENGLAND_AND_WALES, SHIPPED, 3,
                List.of(new NonWorkingDay(LocalDate.of(2022, 9, 20), "Staff training day")));

        Deadline deadline = DeadlineCalculator.dueDate(PolicyDefaults.rule("rapid-review-report"),
                LocalDateTime.of(2022, 9, 16, 14, 0).atZone(DeadlineCalculator.UK), withClosure);

        assertEquals(LocalDate.of(2022, 9, 22), deadline.dueDay());
        assertEquals(List.of(
                new SkippedDay(LocalDate.of(2022, 9, 17), "Saturday"),
                new SkippedDay(LocalDate.of(2022, 9, 18), "Sunday"),
                new SkippedDay(LocalDate.of(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II"),
                new SkippedDay(LocalDate.of(2022, 9, 20), "Closure: Staff training day")), deadline.skipped());
    }

    @Test
    void aDeadlineBeforeAnEventCountsBackwards() {
        Deadline copiesToPanel = DeadlineCalculator.dueDate(PolicyDefaults.rule("national-panel-before-publication"),
                LocalDateTime.of(2026, 10, 14, 9, 0).atZone(DeadlineCalculator.UK), ENGLAND);
        ClockRule threeWorkingDaysBefore = new ClockRule("before", "", StartEvent.PUBLICATION_PLANNED, 3,
                ClockUnit.WORKING_DAYS, ClockDirection.BEFORE);
        Deadline beforeNewYear = DeadlineCalculator.dueDate(threeWorkingDaysBefore,
                LocalDateTime.of(2027, 1, 5, 9, 0).atZone(DeadlineCalculator.UK), ENGLAND);

        assertEquals(LocalDate.of(2026, 10, 7), copiesToPanel.dueDay());
        assertEquals(LocalDate.of(2026, 12, 30), beforeNewYear.dueDay());
        assertEquals(List.of(new SkippedDay(LocalDate.of(2027, 1, 3), "Sunday"),
                new SkippedDay(LocalDate.of(2027, 1, 2), "Saturday"),
                new SkippedDay(LocalDate.of(2027, 1, 1), "New Year’s Day")), beforeNewYear.skipped());
    }

    @Test
    void datesOutsideTheCalendarAreRefusedNotGuessed() {
        ClockRule oneDay = new ClockRule("one", "", StartEvent.REFERRAL_RECEIVED, 1, ClockUnit.WORKING_DAYS,
                ClockDirection.AFTER);

        assertThrows(DateOutsideCalendarException.class, () -> DeadlineCalculator.dueDate(oneDay,
                LocalDateTime.of(2030, 12, 31, 10, 0).atZone(DeadlineCalculator.UK), ENGLAND));
        assertThrows(DateOutsideCalendarException.class, () -> DeadlineCalculator.dueDate(oneDay,
                LocalDateTime.of(2017, 12, 29, 10, 0).atZone(DeadlineCalculator.UK), ENGLAND));
        assertEquals(LocalDate.of(2018, 1, 1), ENGLAND.coveredFrom());
        assertEquals(LocalDate.of(2030, 12, 31), ENGLAND.coveredTo());
    }

    /**
     * Issue 15 and §7.11: the meeting's papers "at least 24 hours before", counted in the partnership's
     * working hours, are never due on a weekend or a bank holiday, and never less than 24 hours before.
     */
    @ParameterizedTest(name = "{0} {1} {2} working hours = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # start (UK local) | direction | hours | due (UK local)    | days skipped | why
            2026-03-09T10:00   | BEFORE    | 24    | 2026-03-06T10:00  | 2            | Monday meeting: papers on Friday morning, not Sunday
            2026-03-10T10:00   | BEFORE    | 24    | 2026-03-09T10:00  | 0            | Tuesday meeting: Monday morning
            2026-04-07T10:00   | BEFORE    | 24    | 2026-04-02T10:00  | 4            | Tuesday after Easter: back over Easter Monday, the weekend and Good Friday
            2026-03-09T00:00   | BEFORE    | 24    | 2026-03-06T00:00  | 2            | counting back from a Monday midnight starts on Friday
            2026-03-09T10:00   | BEFORE    | 0     | 2026-03-09T10:00  | 0            | no hours: the start itself
            2026-03-06T16:00   | AFTER     | 24    | 2026-03-09T16:00  | 2            | Friday afternoon: Monday afternoon
            2026-03-07T09:00   | AFTER     | 24    | 2026-03-09T23:59:59.999999 | 2   | a Saturday start counts the whole of Monday: due at its end
            2026-03-09T00:00   | AFTER     | 48    | 2026-03-10T23:59:59.999999 | 0   | ending at a midnight: the end of the working day
            2026-03-27T12:00   | AFTER     | 24    | 2026-03-30T12:00  | 2            | over the weekend the clocks go forward: Monday noon
            """)
    void workingHoursPassOverEveryDayThatIsNotWorked(String start, ClockDirection direction, int hours, String due,
            int skippedDays, String why) {
        ClockRule rule = new ClockRule("meeting-papers", why, StartEvent.RAPID_REVIEW_MEETING, hours,
                ClockUnit.WORKING_HOURS, direction);
        Deadline deadline = DeadlineCalculator.dueDate(rule, LocalDateTime.parse(start).atZone(DeadlineCalculator.UK),
                ENGLAND);
        assertEquals(LocalDateTime.parse(due).atZone(DeadlineCalculator.UK), deadline.dueBy(), why);
        assertEquals(skippedDays, deadline.skipped().size(), why + ": " + deadline.skipped());
        assertTrue(ENGLAND.isWorkingDay(deadline.dueDay()) || hours == 0, why + ": due on a working day");
    }

    @Test
    void workingHoursSayWhichDaysWerePassedOver() {
        ClockRule papers = new ClockRule("meeting-papers", "", StartEvent.RAPID_REVIEW_MEETING, 24,
                ClockUnit.WORKING_HOURS, ClockDirection.BEFORE);
        Deadline deadline = DeadlineCalculator.dueDate(papers, ZonedDateTime.of(2026, 4, 7, 10, 0, 0, 0,
                DeadlineCalculator.UK), ENGLAND);
        assertEquals(List.of(new SkippedDay(LocalDate.of(2026, 4, 6), "Easter Monday"),
                new SkippedDay(LocalDate.of(2026, 4, 5), "Sunday"), new SkippedDay(LocalDate.of(2026, 4, 4), "Saturday"),
                new SkippedDay(LocalDate.of(2026, 4, 3), "Good Friday")), deadline.skipped());
        assertEquals("24 working hours", papers.period());
        assertTrue(papers.leadInHours(), "its reminders count hours");
    }

    @Test
    void rulesThatCannotWorkAreRefusedWithTheReason() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> new ClockRule(
                "rapid-review", "", StartEvent.REFERRAL_RECEIVED, -1, ClockUnit.WORKING_DAYS, ClockDirection.AFTER));
        assertEquals("The amount cannot be negative: -1", negative.getMessage());
        NullPointerException noStart = assertThrows(NullPointerException.class, () -> new ClockRule(
                "rapid-review", "", null, 15, ClockUnit.WORKING_DAYS, ClockDirection.AFTER));
        assertEquals("Choose the event the clock starts from", noStart.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ClockRule(
                "Rapid Review", "", StartEvent.REFERRAL_RECEIVED, 15, ClockUnit.WORKING_DAYS, ClockDirection.AFTER));
    }

    @Test
    void theRapidReviewStartEventIsSelectable() {
        ClockRule fromNotification = PolicyDefaults.rule("rapid-review").withStartEvent(StartEvent.NATIONAL_PANEL_NOTIFIED);

        assertEquals(StartEvent.NATIONAL_PANEL_NOTIFIED, fromNotification.startEvent());
        assertEquals(15, fromNotification.amount());
    }

    private static WorkingDayCalendar calendar(Region region) {
        return switch (region) {
            case ENGLAND_AND_WALES -> ENGLAND;
            case SCOTLAND -> SCOTLAND;
            case NORTHERN_IRELAND -> NORTHERN_IRELAND;
        };
    }
}
