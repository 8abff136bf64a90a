package uk.safeguarding.reviews.referral.domain;

/** How a referral's decision was reached, so the record says who decided and on what authority. */
public enum DecisionRoute {
    /** The counted votes of a quorate panel (§7.5). */
    PANEL_MAJORITY,
    /** A tie settled by the partnership's tie rule. */
    TIE_RULE,
    /** A tie the partnership's rule gave to the chair, who decided. */
    CHAIR_ON_TIE,
    /** §7.5: obviously a Rapid Review; the business manager decided at once and the panel was informed. */
    BUSINESS_MANAGER_AT_ONCE,
    /** After the referrer disagreed with "no review" and the Independent Adviser gave a view. */
    FINAL_AFTER_DISAGREEMENT
}
