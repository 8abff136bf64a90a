package uk.safeguarding.reviews.referral.domain;

/** How a referral from outside reached the business unit (§7.4: usually by e-mail to the mailbox). */
public enum OutsideChannel {
    EMAIL,
    LETTER,
    TELEPHONE,
    IN_PERSON
}
