package uk.safeguarding.reviews.clocks.domain;

/**
 * A reminder goes to the clock's owner before it is due, a chaser to the owner once it is overdue,
 * and an escalation to the business unit after the rule's escalation lead.
 */
public enum NoticeKind {
    REMINDER,
    OVERDUE,
    ESCALATION
}
