/**
 * What other contexts may use: the active tenant of the current call. Nothing else of tenancy is
 * part of its contract.
 */
package uk.safeguarding.reviews.tenancy.api;
