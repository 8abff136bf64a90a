/** The referral aggregate and its rules; no container needed to test them. */
package uk.safeguarding.reviews.referral.domain;
