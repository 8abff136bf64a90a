/** JPA storage of referrals in the current tenant's schema. */
package uk.safeguarding.reviews.referral.infrastructure;
