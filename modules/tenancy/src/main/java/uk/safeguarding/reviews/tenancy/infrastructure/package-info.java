/**
 * How tenancy is done with real parts: the registry over JDBC in the platform schema, Liquibase per
 * schema, and the EclipseLink session listener that points each case-data connection at the tenant.
 */
package uk.safeguarding.reviews.tenancy.infrastructure;
