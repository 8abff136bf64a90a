package uk.safeguarding.reviews.clocks.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One named clock of a partnership: it runs from a start event, for an amount of a unit, after (or
 * before) that event. The policy reference says where the figure comes from.
 */
public record ClockRule(String key, String policyReference, StartEvent startEvent, int amount, ClockUnit unit,
        ClockDirection direction) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{1,60}");

    public ClockRule {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("A clock's key is lower-case letters, digits and hyphens: " + key);
        }
        Objects.requireNonNull(startEvent, "Choose the event the clock starts from");
        Objects.requireNonNull(unit, "Choose the unit the clock counts in");
        Objects.requireNonNull(direction, "direction");
        if (amount < 0) {
            throw new IllegalArgumentException("The amount cannot be negative: " + amount);
        }
        if (amount == 0 && unit != ClockUnit.HOURS) {
            throw new IllegalArgumentException("A clock of zero " + unit + " would be due as it starts");
        }
        policyReference = policyReference == null ? "" : policyReference;
    }

    public ClockRule withAmount(int newAmount) {
        return new ClockRule(key, policyReference, startEvent, newAmount, unit, direction);
    }

    public ClockRule withStartEvent(StartEvent newStart) {
        return new ClockRule(key, policyReference, newStart, amount, unit, direction);
    }
}
