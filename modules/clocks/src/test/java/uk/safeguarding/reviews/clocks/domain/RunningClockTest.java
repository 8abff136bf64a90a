package uk.safeguarding.reviews.clocks.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.clocks.domain.RunningClock.Recomputation;
import uk.safeguarding.reviews.clocks.domain.WorkingDayCalendar.SkippedDay;

class RunningClockTest {

    private static final BankHolidays SHIPPED = BankHolidays.shipped();
    private static final WorkingDayCalendar V1 = WorkingDayCalendar.of(Region.ENGLAND_AND_WALES, SHIPPED, 1, List.of());
    private static final ClockRule RAPID_REVIEW_V1 = PolicyDefaults.rule("rapid-review");

    @Test
    void aClockKeepsTheRuleVersionItStartedUnder() {
        RunningClock underVersion1 = start(RAPID_REVIEW_V1, 1, at(2026, 3, 2, 10));
        ClockRule version2 = RAPID_REVIEW_V1.withAmount(20);

        RunningClock underVersion2 = start(version2, 2, at(2026, 3, 2, 10));

        assertEquals(LocalDate.of(2026, 3, 23), underVersion1.deadline().dueDay());
        assertEquals(1, underVersion1.ruleVersion());
        assertEquals(LocalDate.of(2026, 3, 30), underVersion2.deadline().dueDay());
    }

    @Test
    void aCalendarChangeMovesOpenClocksAndRecordsWhy() {
        RunningClock open = start(RAPID_REVIEW_V1, 1, at(2026, 12, 14, 10));
        RunningClock met = start(RAPID_REVIEW_V1, 1, at(2026, 12, 14, 10));
        met.meet(at(2026, 12, 22, 15));
        WorkingDayCalendar v2 = WorkingDayCalendar.of(Region.ENGLAND_AND_WALES, SHIPPED, 2,
                List.of(new NonWorkingDay(LocalDate.of(2026, 12, 29), "Office closed")));

        Recomputation change = open.calendarChanged(v2, "Closure day added by nm.manager", at(2026, 12, 15, 9))
                .orElseThrow();

        assertEquals(new Recomputation(at(2026, 12, 15, 9), DeadlineCalculator.endOf(LocalDate.of(2027, 1, 7)),
                DeadlineCalculator.endOf(LocalDate.of(2027, 1, 8)), 1, 2, 1, 1, "Closure day added by nm.manager"),
                change);
        assertEquals(LocalDate.of(2027, 1, 8), open.deadline().dueDay());
        assertEquals(List.of(change), open.recomputations());
        assertTrue(met.calendarChanged(v2, "Closure day added", at(2026, 12, 15, 9)).isEmpty(),
                "a met clock is left alone");
        assertEquals(LocalDate.of(2027, 1, 7), met.deadline().dueDay());
        assertEquals(1, met.deadline().calendarVersion());
    }

    @Test
    void pausedWorkingDaysDoNotCountAndTheExplanationSaysSo() {
        RunningClock clock = start(PolicyDefaults.rule("agency-responses"), 1, at(2026, 3, 2, 9));
        assertEquals(LocalDate.of(2026, 3, 9), clock.deadline().dueDay());

        clock.pause(at(2026, 3, 4, 12), "nm.manager", "Awaiting police disclosure decision", V1);
        clock.resume(at(2026, 3, 6, 9), "nm.manager", V1);

        assertEquals(LocalDate.of(2026, 3, 11), clock.deadline().dueDay());
        assertEquals(List.of(
                new SkippedDay(LocalDate.of(2026, 3, 4), "Paused: Awaiting police disclosure decision; resumed by nm.manager"),
                new SkippedDay(LocalDate.of(2026, 3, 5), "Paused: Awaiting police disclosure decision; resumed by nm.manager"),
                new SkippedDay(LocalDate.of(2026, 3, 7), "Saturday"),
                new SkippedDay(LocalDate.of(2026, 3, 8), "Sunday")), clock.deadline().skipped());
        assertEquals("nm.manager", clock.pauses().get(0).by());
    }

    @Test
    void hourClocksPauseForExactlyTheTimePaused() {
        RunningClock clock = start(PolicyDefaults.rule("panel-decision"), 1, at(2026, 3, 2, 10));

        clock.pause(at(2026, 3, 2, 16), "nm.manager", "Referral returned for a missing date of birth", V1);
        clock.resume(at(2026, 3, 3, 9), "nm.manager", V1);

        // 48 hours from Monday 10:00, plus the 17 hours paused (16:00 to 09:00).
        assertEquals(LocalDateTime.of(2026, 3, 5, 3, 0), clock.deadline().dueBy().toLocalDateTime());
    }

    @Test
    void anExtensionAddsToTheBudgetWithWhoAndWhy() {
        RunningClock clock = start(PolicyDefaults.rule("factual-accuracy"), 1, at(2026, 3, 2, 10));

        clock.extend(5, at(2026, 3, 10, 10), "nm.manager", "Agency asked for more time; agreed by the chair", V1);

        assertEquals(LocalDate.of(2026, 3, 23), clock.deadline().dueDay());
        assertEquals(15, clock.deadline().rule().amount());
        assertEquals("Agency asked for more time; agreed by the chair", clock.extensions().get(0).why());
    }

    @Test
    void statusesFromOnTrackToMetLate() {
        // due Mon 23 March; the owner is reminded two working days before, from the start of Thu 19th
        RunningClock clock = start(RAPID_REVIEW_V1.withLeads(2, 0), 1, at(2026, 3, 2, 10));

        assertEquals(DeadlineStatus.ON_TRACK, clock.status(at(2026, 3, 18, 12), V1));
        assertEquals(DeadlineStatus.DUE_SOON, clock.status(at(2026, 3, 19, 12), V1));
        assertEquals(DeadlineStatus.DUE_SOON, clock.status(at(2026, 3, 22, 12), V1));
        assertEquals(DeadlineStatus.DUE_TODAY, clock.status(at(2026, 3, 23, 23), V1));
        assertEquals(DeadlineStatus.OVERDUE, clock.status(at(2026, 3, 24, 0), V1));

        RunningClock onTime = start(RAPID_REVIEW_V1, 1, at(2026, 3, 2, 10));
        onTime.meet(at(2026, 3, 23, 17));
        RunningClock late = start(RAPID_REVIEW_V1, 1, at(2026, 3, 2, 10));
        late.meet(at(2026, 3, 24, 9));
        assertEquals(DeadlineStatus.MET, onTime.status(at(2026, 4, 1, 9), V1));
        assertEquals(DeadlineStatus.MET_LATE, late.status(at(2026, 4, 1, 9), V1));
    }

    @Test
    void whatCannotBeDoneIsRefused() {
        RunningClock clock = start(RAPID_REVIEW_V1, 1, at(2026, 3, 2, 10));

        assertThrows(IllegalArgumentException.class, () -> clock.pause(at(2026, 3, 3, 9), "nm.manager", " ", V1));
        assertThrows(IllegalStateException.class, () -> clock.resume(at(2026, 3, 3, 9), "nm.manager", V1));
        assertThrows(IllegalArgumentException.class, () -> clock.extend(0, at(2026, 3, 3, 9), "a", "b", V1));
        clock.meet(at(2026, 3, 20, 9));
        assertThrows(IllegalStateException.class, () -> clock.extend(2, at(2026, 3, 21, 9), "a", "b", V1));
        assertThrows(IllegalStateException.class, () -> clock.pause(at(2026, 3, 21, 9), "a", "b", V1));
    }

    @Test
    void aBusinessManagerMovesAnOpenClockToANewerRuleVersionAndTheMoveIsRecorded() {
        RunningClock clock = start(RAPID_REVIEW_V1, 1, at(2026, 3, 2, 10));
        ClockRule twentyDays = RAPID_REVIEW_V1.withAmount(20);

        Recomputation move = clock.moveToRuleVersion(twentyDays, 2, V1, "nm.manager", "Family bereavement; chair agreed",
                at(2026, 3, 4, 9));

        assertEquals(LocalDate.of(2026, 3, 30), clock.deadline().dueDay());
        assertEquals(2, clock.ruleVersion());
        assertEquals(1, move.previousRuleVersion());
        assertEquals(DeadlineCalculator.endOf(LocalDate.of(2026, 3, 23)), move.previousDueBy());
        assertTrue(move.reason().contains("nm.manager") && move.reason().contains("Family bereavement"));
        assertThrows(IllegalArgumentException.class, () -> clock.moveToRuleVersion(twentyDays, 2, V1, "nm.manager",
                "again", at(2026, 3, 4, 10)), "already under version 2");
        clock.meet(at(2026, 3, 20, 9));
        assertThrows(IllegalStateException.class, () -> clock.moveToRuleVersion(twentyDays.withAmount(25), 3, V1,
                "nm.manager", "too late", at(2026, 3, 21, 9)), "a met clock keeps its rules");
    }

    @Test
    void remindersGoAtTheRulesLeadAndEscalationsOnceOverdue() {
        RunningClock days = start(RAPID_REVIEW_V1.withLeads(3, 1), 1, at(2026, 3, 2, 10)); // due Mon 23 March
        assertEquals(at(2026, 3, 18, 0), days.reminderAt(V1).orElseThrow());
        assertEquals(at(2026, 3, 25, 0), days.escalationAt(V1).orElseThrow(), "once the 24th, a working day later, is over");

        RunningClock hours = start(PolicyDefaults.rule("panel-decision"), 1, at(2026, 3, 2, 10)); // due Wed 10:00
        assertEquals(at(2026, 3, 3, 22), hours.reminderAt(V1).orElseThrow(), "12 hours before, by default");
        assertEquals(at(2026, 3, 4, 10).plusSeconds(1), hours.escalationAt(V1).orElseThrow());

        RunningClock silent = start(RAPID_REVIEW_V1.withLeads(null, null), 1, at(2026, 3, 2, 10));
        assertTrue(silent.reminderAt(V1).isEmpty());
        assertTrue(silent.escalationAt(V1).isEmpty());
    }

    private static RunningClock start(ClockRule rule, int ruleVersion, ZonedDateTime startedAt) {
        return RunningClock.start(new ClockSubject("review", "r-1", "RR-2026-001"),
                new ClockOwner("nm.manager", "business-unit@northmoor.example"), rule, ruleVersion, startedAt, V1);
    }

    private static ZonedDateTime at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(DeadlineCalculator.UK);
    }

    @Test
    void aPeriodChosenForOneClockIsCountedInPlaceOfItsRulesAndSurvivesARecomputation() {
        ClockRule action = PolicyDefaults.rule("plan-action");
        RunningClock sixWeeks = RunningClock.start(new ClockSubject("plan-action", "a1", "Action 1"),
                new ClockOwner("Pat Police", "pat@police.example"), action, new ClockPeriod(30, ClockUnit.WORKING_DAYS),
                1, at(2026, 12, 1, 10), V1);
        // 30 working days from 1 December 2026: Christmas Day, Boxing Day (observed 28th) and New Year's Day skipped.
        assertEquals(LocalDate.of(2027, 1, 15), sixWeeks.deadline().dueDay());
        assertEquals(30, sixWeeks.rule().amount());
        assertEquals(ClockUnit.WORKING_DAYS, sixWeeks.rule().unit());
        assertEquals("plan-action", sixWeeks.rule().key(), "still the partnership's rule, for its reminders");
        WorkingDayCalendar v2 = WorkingDayCalendar.of(Region.ENGLAND_AND_WALES, SHIPPED, 2,
                List.of(new NonWorkingDay(LocalDate.of(2027, 1, 4), "Office closed")));
        sixWeeks.calendarChanged(v2, "Closure day", at(2026, 12, 2, 9));
        assertEquals(LocalDate.of(2027, 1, 18), sixWeeks.deadline().dueDay(), "the chosen period, counted again");
        RunningClock rule = RunningClock.start(new ClockSubject("plan-action", "a2", "Action 2"),
                new ClockOwner("Pat Police", null), action, 1, at(2026, 12, 1, 10), V1);
        assertEquals(LocalDate.of(2027, 3, 1), rule.deadline().dueDay(), "without a choice, the rule's 3 months");
        assertThrows(IllegalArgumentException.class, () -> new ClockPeriod(4, ClockUnit.HOURS));
        assertThrows(IllegalArgumentException.class, () -> new ClockPeriod(0, ClockUnit.MONTHS));
        assertThrows(IllegalArgumentException.class, () -> new ClockPeriod(61, ClockUnit.MONTHS));
    }
}
