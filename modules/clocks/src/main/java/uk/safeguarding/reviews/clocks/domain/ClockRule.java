package uk.safeguarding.reviews.clocks.domain;

import java.util.Objects;
import java.util.regex.Pattern;
import uk.safeguarding.reviews.kernel.InvalidFieldException;

/**
 * One named clock of a partnership: it runs from a start event, for an amount of a unit, after (or
 * before) that event. The policy reference says where the figure comes from.
 *
 * <p>The owner is reminded {@code reminderLead} before the due time and the business manager is told
 * {@code escalationLead} after it: in hours for an hour clock, otherwise in working days. Null means
 * no reminder (or no escalation) for this clock.
 */
public record ClockRule(String key, String policyReference, StartEvent startEvent, int amount, ClockUnit unit,
        ClockDirection direction, Integer reminderLead, Integer escalationLead) {

    /** A rule with the default lead times for its unit and amount. */
    public ClockRule(String key, String policyReference, StartEvent startEvent, int amount, ClockUnit unit,
            ClockDirection direction) {
        this(key, policyReference, startEvent, amount, unit, direction, defaultReminderLead(unit, amount), 0);
    }

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{1,60}");

    public ClockRule {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("A clock's key is lower-case letters, digits and hyphens: " + key);
        }
        Objects.requireNonNull(startEvent, "Choose the event the clock starts from");
        Objects.requireNonNull(unit, "Choose the unit the clock counts in");
        Objects.requireNonNull(direction, "direction");
        if (amount < 0) {
            throw InvalidFieldException.refused("amount", "clocks.clock-rule.amount-negative", amount);
        }
        if (amount == 0 && !unit.countsHours()) {
            throw InvalidFieldException.refused("amount", "clocks.clock-rule.zero-due-as-it-starts", unit);
        }
        if (reminderLead != null && reminderLead < 0) {
            throw InvalidFieldException.refused("reminderLead", "clocks.clock-rule.reminder-lead-negative", reminderLead);
        }
        if (escalationLead != null && escalationLead < 0) {
            throw InvalidFieldException.refused("escalationLead", "clocks.clock-rule.escalation-lead-negative",
                    escalationLead);
        }
        policyReference = policyReference == null ? "" : policyReference;
    }

    /**
     * A quarter of an hour clock (6 hours of 24), else one working day for clocks of up to five days
     * and three for longer ones: early enough to act, late enough not to be noise.
     */
    static int defaultReminderLead(ClockUnit unit, int amount) {
        return switch (unit) {
            case HOURS, WORKING_HOURS -> Math.max(1, amount / 4);
            case WORKING_DAYS, CALENDAR_DAYS -> amount <= 5 ? 1 : 3;
            case MONTHS -> 10;
        };
    }

    /** Whether lead times count hours (hour clocks) or working days (all others). */
    /** The rule's period in words: "5 working days", "12 months", "1 hour". */
    public String period() {
        boolean one = amount == 1;
        return amount + " " + switch (unit) {
            case HOURS -> one ? "hour" : "hours";
            case WORKING_HOURS -> one ? "working hour" : "working hours";
            case WORKING_DAYS -> one ? "working day" : "working days";
            case CALENDAR_DAYS -> one ? "calendar day" : "calendar days";
            case MONTHS -> one ? "month" : "months";
        };
    }

    public boolean leadInHours() {
        return unit.countsHours();
    }

    public ClockRule withLeads(Integer newReminderLead, Integer newEscalationLead) {
        return new ClockRule(key, policyReference, startEvent, amount, unit, direction, newReminderLead,
                newEscalationLead);
    }

    public ClockRule withUnit(ClockUnit newUnit) {
        return new ClockRule(key, policyReference, startEvent, amount, newUnit, direction, reminderLead, escalationLead);
    }

    public ClockRule withAmount(int newAmount) {
        return new ClockRule(key, policyReference, startEvent, newAmount, unit, direction, reminderLead,
                escalationLead);
    }

    public ClockRule withStartEvent(StartEvent newStart) {
        return new ClockRule(key, policyReference, newStart, amount, unit, direction, reminderLead, escalationLead);
    }
}
