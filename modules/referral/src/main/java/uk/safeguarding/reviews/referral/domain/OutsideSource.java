package uk.safeguarding.reviews.referral.domain;

/**
 * Who sent a referral that reached the business unit from outside the product (§7.3: "Cases can also
 * be referred by the Rapid Response Team, Coroner, or Child Death Overview Panel"; §7.4: the form is
 * e-mailed to the partnership's mailbox).
 */
public enum OutsideSource {
    /** §7.3. */
    RAPID_RESPONSE_TEAM,
    /** §7.3. */
    CORONER,
    /** §7.3. */
    CHILD_DEATH_OVERVIEW_PANEL,
    /** §7.4: a partner agency that e-mailed the Referral Form to the mailbox instead of using the product. */
    PARTNER_AGENCY,
    /** Anyone else, named when keyed in. */
    OTHER
}
