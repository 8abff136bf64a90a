package uk.safeguarding.reviews.tenancy.domain;

import java.time.OffsetDateTime;

/**
 * When a tenant was created, and why, by whom and when its status last changed (null if never); for
 * an archived tenant, the day until which its data is kept.
 */
public record TenantStanding(OffsetDateTime createdAt, String reason, String changedBy, OffsetDateTime changedAt,
        java.time.LocalDate retainUntil) {
}
