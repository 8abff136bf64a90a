package uk.safeguarding.reviews.referral.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.clocks.application.ClockLine;
import uk.safeguarding.reviews.clocks.domain.ClockUnit;
import uk.safeguarding.reviews.clocks.domain.DeadlineStatus;
import uk.safeguarding.reviews.clocks.domain.RunningClock;

/**
 * Issue 15: the partnership asked to take a referral reads the clocks it ran under in words (what for,
 * in the policy's words; when due, as a plain date; where it stands), never a rule key and an ISO time.
 */
class HandoverClocksInWordsTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Test
    void anHourClockSaysItsDayAndTimeAndADayClockItsDay() {
        ClockLine hours = line("forward-to-panel", "\u00a77.5: forward to the Virtual Panel within 24 hours of receipt",
                ClockUnit.HOURS, ZonedDateTime.of(2026, 12, 3, 4, 56, 16, 0, UK), DeadlineStatus.MET);
        ClockLine days = line("rapid-review", "\u00a75.2: complete the Rapid Review within 15 working days",
                ClockUnit.WORKING_DAYS, ZonedDateTime.of(2026, 12, 23, 23, 59, 0, 0, UK), DeadlineStatus.ON_TRACK);

        assertEquals("\u00a77.5: forward to the Virtual Panel within 24 hours of receipt: due 3 December 2026 at 04:56"
                + " (met)", ReferralTransfer.describe(hours));
        assertEquals("\u00a75.2: complete the Rapid Review within 15 working days: due 23 December 2026 (on track)",
                ReferralTransfer.describe(days));
    }

    @Test
    void aRuleWithoutItsPolicyWordsIsNamedByItsKey() {
        ClockLine bare = line("local-rule", "", ClockUnit.WORKING_DAYS,
                ZonedDateTime.of(2027, 1, 5, 23, 59, 0, 0, UK), DeadlineStatus.OVERDUE);

        assertEquals("local-rule: due 5 January 2027 (overdue)", ReferralTransfer.describe(bare));
    }

    private static ClockLine line(String key, String reference, ClockUnit unit, ZonedDateTime dueBy,
            DeadlineStatus status) {
        return new ClockLine(UUID.randomUUID(), "referral", "r-1", "REF-2026-0001", key, reference, 1, unit,
                dueBy.minusDays(1), LocalDate.from(dueBy), dueBy, status, RunningClock.State.RUNNING, "Business unit",
                1, 1);
    }
}
