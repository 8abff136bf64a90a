package uk.safeguarding.reviews.tenancy.domain;

/**
 * PROVISIONING marks a tenant whose schema is not yet known to be complete: it takes no traffic
 * and provisioning it again finishes the job. Only ACTIVE tenants are migrated at start-up and
 * served.
 */
public enum TenantStatus {
    PROVISIONING,
    ACTIVE,
    SUSPENDED,
    /** Issue 18: no longer on the service; its data kept, unchanged and unserved, until its retention date. */
    ARCHIVED,
    /**
     * Issue 18: its retention date passed, so its schema (every case, file and its audit trail) and its
     * groups at the sign-in service were deleted; the platform keeps its record and its acts.
     */
    DELETED
}
