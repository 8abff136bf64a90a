package uk.safeguarding.reviews.clocks.domain;

/** Whether the deadline falls after its event ("within 5 working days of") or before it ("at least a week before"). */
public enum ClockDirection {
    AFTER,
    BEFORE
}
