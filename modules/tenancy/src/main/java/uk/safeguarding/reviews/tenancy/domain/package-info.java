/** The tenant registry's model and the pure rules about tenants and memberships. */
package uk.safeguarding.reviews.tenancy.domain;
