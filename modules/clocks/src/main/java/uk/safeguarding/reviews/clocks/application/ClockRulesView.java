package uk.safeguarding.reviews.clocks.application;

import java.time.LocalDate;
import java.util.List;
import uk.safeguarding.reviews.clocks.domain.ClockRule;

/** What the settings page shows of the rules in force. */
public record ClockRulesView(int version, LocalDate effectiveFrom, String reason, String changedBy, List<ClockRule> rules) {
}
