/** JPA access to the current tenant's threshold versions. */
package uk.safeguarding.reviews.thresholds.infrastructure;
