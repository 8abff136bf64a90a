/** Referral use cases: the transaction, permission and audit boundary for the web layer. */
package uk.safeguarding.reviews.referral.application;
