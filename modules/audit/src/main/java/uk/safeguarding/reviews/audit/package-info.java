/**
 * Audit: an append-only record, in each tenant's own schema, of who created, changed, viewed or was
 * refused which record, when. Other contexts call {@link uk.safeguarding.reviews.audit.AuditTrail}.
 */
package uk.safeguarding.reviews.audit;
