package uk.safeguarding.reviews.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** One row of a tenant's audit trail. Immutable once written (a database trigger enforces it). */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    private String id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "tenant_slug", nullable = false, updatable = false)
    private String tenantSlug;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditAction action;

    @Column(name = "record_type", nullable = false, updatable = false)
    private String recordType;

    @Column(name = "record_id", updatable = false)
    private String recordId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditOutcome outcome;

    @Column(updatable = false)
    private String detail;

    protected AuditEvent() {
        // for JPA
    }

    AuditEvent(OffsetDateTime occurredAt, String tenantSlug, String actor, AuditAction action, String recordType,
            String recordId, AuditOutcome outcome, String detail) {
        this.id = UUID.randomUUID().toString();
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.tenantSlug = Objects.requireNonNull(tenantSlug);
        this.actor = Objects.requireNonNull(actor);
        this.action = Objects.requireNonNull(action);
        this.recordType = Objects.requireNonNull(recordType);
        this.recordId = recordId;
        this.outcome = Objects.requireNonNull(outcome);
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    public String id() {
        return id;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public String tenantSlug() {
        return tenantSlug;
    }

    public String actor() {
        return actor;
    }

    public AuditAction action() {
        return action;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }

    public AuditOutcome outcome() {
        return outcome;
    }

    public String detail() {
        return detail;
    }

    AuditLine line() {
        return new AuditLine(id, occurredAt, tenantSlug, actor, action, recordType, recordId, outcome, detail);
    }
}
