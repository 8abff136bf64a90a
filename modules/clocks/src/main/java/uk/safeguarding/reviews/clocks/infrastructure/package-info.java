/** JPA storage of the current tenant's clock rules. */
package uk.safeguarding.reviews.clocks.infrastructure;
