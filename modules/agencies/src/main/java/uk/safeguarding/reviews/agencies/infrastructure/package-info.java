/** JPA access to the current tenant's agencies. */
package uk.safeguarding.reviews.agencies.infrastructure;
