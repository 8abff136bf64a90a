package uk.safeguarding.reviews.audit;

import java.time.OffsetDateTime;

/** One row of the audit trail as the search shows and exports it. */
public record AuditLine(String id, OffsetDateTime occurredAt, String tenantSlug, String actor, AuditAction action,
        String recordType, String recordId, AuditOutcome outcome, String detail) {
}
