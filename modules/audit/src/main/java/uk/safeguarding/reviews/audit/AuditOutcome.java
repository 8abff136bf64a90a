package uk.safeguarding.reviews.audit;

public enum AuditOutcome {
    ALLOWED,
    DENIED
}
