/** Handovers of referrals between partnerships on the instance (issue 6, §10.2). */
package uk.safeguarding.reviews.handover;
