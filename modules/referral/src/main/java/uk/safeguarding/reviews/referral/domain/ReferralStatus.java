package uk.safeguarding.reviews.referral.domain;

/** Where a referral is in its life. Later slices add SUBMITTED, RETURNED, DECIDED (§7.4-7.5). */
public enum ReferralStatus {
    DRAFT
}
