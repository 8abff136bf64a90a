package uk.safeguarding.reviews.thresholds.domain;

/**
 * What the Virtual Panel's decision is when the counted votes are tied. §7.5 says only that the
 * majority decides, so each partnership must choose, and the product states the choice.
 */
public enum TieRule {
    /** The chair of the practice review sub-group decides; the panel's votes are shown to them. */
    CHAIR_DECIDES,
    /** A tie means the more protective outcome: commence a Rapid Review. */
    COMMENCE_RAPID_REVIEW,
    /** No decision until another panel member votes and breaks the tie. */
    AWAIT_ANOTHER_VOTE
}
