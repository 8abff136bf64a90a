/**
 * Tenancy: the registry of partnerships on the instance, which partnership a call runs in, the
 * routing of every case-data connection to that partnership's schema, and per-schema migrations.
 */
package uk.safeguarding.reviews.tenancy;
