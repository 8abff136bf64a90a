package uk.safeguarding.reviews.clocks.domain;

import java.util.Objects;

/**
 * A period chosen for one clock in place of its rule's (an action's timescale in an action plan,
 * §9): counted by the engine against the partnership's calendar like any rule, from the rule's event,
 * with the rule's reminders and escalation. Never in hours: a chosen period is days or months.
 */
public record ClockPeriod(int amount, ClockUnit unit) implements java.io.Serializable {

    /** The longest period a person may choose: five years, in any unit. */
    public static final int MAX_MONTHS = 60;

    public ClockPeriod {
        Objects.requireNonNull(unit, "unit");
        if (unit.countsHours()) {
            throw new IllegalArgumentException("A chosen period is counted in days or months, not hours");
        }
        if (amount < 1) {
            throw new IllegalArgumentException("A chosen period is at least one " + unit + ": " + amount);
        }
        int limit = switch (unit) {
            case MONTHS -> MAX_MONTHS;
            case WORKING_DAYS -> MAX_MONTHS * 21;
            default -> MAX_MONTHS * 31;
        };
        if (amount > limit) {
            throw new IllegalArgumentException("A chosen period is at most five years: " + amount + " " + unit);
        }
    }

    /** The rule with this period in place of its own. */
    public ClockRule applyTo(ClockRule rule) {
        return new ClockRule(rule.key(), rule.policyReference(), rule.startEvent(), amount, unit, rule.direction(),
                rule.reminderLead(), rule.escalationLead());
    }
}
