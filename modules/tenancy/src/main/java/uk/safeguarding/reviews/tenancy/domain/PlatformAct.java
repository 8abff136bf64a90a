package uk.safeguarding.reviews.tenancy.domain;

import java.time.OffsetDateTime;

/**
 * One act on the platform (issue 18): a partnership provisioned, suspended or resumed, schemas
 * migrated, audit trails verified; by whom (a platform administrator, or bin/tenants), about which
 * partnership if one. Kept in the platform schema, append-only; never case data.
 */
public record PlatformAct(OffsetDateTime occurredAt, String actor, String action, String tenantSlug, String detail) {
}
