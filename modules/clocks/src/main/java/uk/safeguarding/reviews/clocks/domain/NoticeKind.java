package uk.safeguarding.reviews.clocks.domain;

/** A reminder goes to the clock's owner before it is due; an escalation to the business unit once overdue. */
public enum NoticeKind {
    REMINDER,
    ESCALATION
}
