/**
 * Referral: a professional's request for a practice review (policy §7.3-7.5, Document 7). This first
 * slice holds drafts with the child's initials, the incident date and a summary.
 */
package uk.safeguarding.reviews.referral;
