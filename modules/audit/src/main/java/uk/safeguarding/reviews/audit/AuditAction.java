package uk.safeguarding.reviews.audit;

/** What was done, or attempted, to a record. */
public enum AuditAction {
    CREATE,
    UPDATE,
    VIEW,
    LIST,
    DELETE
}
