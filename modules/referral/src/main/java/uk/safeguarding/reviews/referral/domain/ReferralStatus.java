package uk.safeguarding.reviews.referral.domain;

/** Where a referral is in its life (§7.4-7.6). */
public enum ReferralStatus {
    /** Being written by the referrer; only they see it. */
    DRAFT,
    /**
     * §7.3: with the referrer's agency, whose verifier on this service verifies it before the
     * partnership receives it, or returns it to the referrer; no partnership clock runs yet.
     */
    AWAITING_VERIFICATION,
    /** Received by the business unit, which has 24 hours to forward it to the Virtual Panel. */
    SUBMITTED,
    /** With the Virtual Panel, which has 48 hours to decide. */
    WITH_PANEL,
    /** Returned to the referrer as incomplete; re-submission is due within 5 working days. */
    RETURNED,
    /** Decided: a review was commenced, or no review, with the rationale. */
    DECIDED,
    /** The referrer disagrees with "no review"; the Independent Adviser's view and a final decision follow. */
    DISPUTED,
    /**
     * Handed over to the partnership where the incident happened (§10.2): it continues there; here
     * it is a read-only record with a link.
     */
    HANDED_OVER
}
