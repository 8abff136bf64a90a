package uk.safeguarding.reviews.handover.domain;

/** Where a handover stands. Proposed and escalated ones are live: one live handover per referral. */
public enum HandoverStatus {
    PROPOSED,
    ACCEPTED,
    DECLINED,
    WITHDRAWN,
    /** Declined, and one side took the disagreement to the Executive Group (§10.2). */
    ESCALATED
}
