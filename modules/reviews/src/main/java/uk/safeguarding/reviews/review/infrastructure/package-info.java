/** JPA access to the current tenant's reviews. */
package uk.safeguarding.reviews.review.infrastructure;
