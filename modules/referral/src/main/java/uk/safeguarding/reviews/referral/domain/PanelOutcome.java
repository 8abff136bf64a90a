package uk.safeguarding.reviews.referral.domain;

/** What a Virtual Panel member can vote for, and what the panel can decide (§7.5, Document 7). */
public enum PanelOutcome {
    COMMENCE_RAPID_REVIEW,
    LOCAL_CASE_REVIEW,
    /** §5.3: a Good Outcome Review of exceptional practice (Document 6 referrals). */
    GOOD_OUTCOME_REVIEW,
    /**
     * §4.2 table: the case does not meet the criteria for a multi-agency review, but one agency should
     * review its own practice; the business unit then names the agency and its lead.
     */
    INDIVIDUAL_AGENCY_REVIEW,
    /** The referral lacks what the panel needs: it goes back to the referrer (re-submit within 5 working days). */
    INCOMPLETE_RETURN_TO_REFERRER,
    NO_REVIEW
}
