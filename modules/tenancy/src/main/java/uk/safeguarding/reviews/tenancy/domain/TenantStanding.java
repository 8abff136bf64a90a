package uk.safeguarding.reviews.tenancy.domain;

import java.time.OffsetDateTime;

/** When a tenant was created, and why, by whom and when its status last changed (null if never). */
public record TenantStanding(OffsetDateTime createdAt, String reason, String changedBy, OffsetDateTime changedAt) {
}
