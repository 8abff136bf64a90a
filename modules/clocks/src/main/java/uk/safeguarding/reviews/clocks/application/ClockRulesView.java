package uk.safeguarding.reviews.clocks.application;

import java.time.LocalDate;
import java.util.List;
import uk.safeguarding.reviews.clocks.domain.ClockRule;

/**
 * What the settings page shows: the rules in force today, and the newest version if it is
 * scheduled to take effect later. A change builds on the newest version, so the change form starts
 * from {@code newestRules}.
 */
public record ClockRulesView(int version, LocalDate effectiveFrom, String reason, String changedBy, List<ClockRule> rules,
        Integer scheduledVersion, LocalDate scheduledFrom, List<ClockRule> newestRules) {

    public boolean hasScheduledChange() {
        return scheduledVersion != null;
    }
}
