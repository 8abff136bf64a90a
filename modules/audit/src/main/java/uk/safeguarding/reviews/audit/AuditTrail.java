package uk.safeguarding.reviews.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * Writes audit rows into the current tenant's schema, as the current caller.
 *
 * <p>Allowed acts are recorded in the caller's transaction, so the record exists exactly when the
 * change does. Refusals are recorded in a transaction of their own, so they survive the rollback
 * of the work that was refused.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "cases")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Transactional(TxType.MANDATORY)
    public void allowed(AuditAction action, String recordType, String recordId, String detail) {
        em.persist(event(action, recordType, recordId, AuditOutcome.ALLOWED, detail));
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void denied(AuditAction action, String recordType, String recordId, String reason) {
        em.persist(event(action, recordType, recordId, AuditOutcome.DENIED, reason));
    }

    /**
     * A lookup that found nothing in this partnership: another partnership's id, someone else's
     * record, or a made-up id all look the same to the caller, and each attempt leaves a trace.
     * Written in a transaction of its own, like any refusal; returns the exception to throw.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public RecordNotFoundException notFound(AuditAction action, String recordType, String recordId) {
        em.persist(event(action, recordType, recordId, AuditOutcome.DENIED, "not found in this partnership for this person"));
        return new RecordNotFoundException(recordType, recordId);
    }

    /**
     * Records, in another partnership's own trail, a step of a deliberate cross-partnership act (a
     * handover, issue 6) taken by this partnership's user, in the current transaction: the other
     * side's record of it commits with the act or not at all. The actor is named with the partnership
     * they acted from.
     */
    @Transactional(TxType.MANDATORY)
    public void allowedIn(ActiveTenant other, AuditAction action, String recordType, String recordId, String detail) {
        // ActiveTenant holds only generated tenant schema names: safe to name in SQL.
        ActiveTenant here = TenantContext.tenant();
        em.createNativeQuery("INSERT INTO " + other.schemaName() + ".audit_event (id, occurred_at, tenant_slug, actor,"
                        + " action, record_type, record_id, outcome, detail) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, java.util.UUID.randomUUID().toString())
                .setParameter(2, OffsetDateTime.now(clock))
                .setParameter(3, other.slug())
                .setParameter(4, TenantContext.caller().username() + " (" + here.slug() + ")")
                .setParameter(5, action.name())
                .setParameter(6, recordType)
                .setParameter(7, recordId)
                .setParameter(8, AuditOutcome.ALLOWED.name())
                .setParameter(9, detail)
                .executeUpdate();
    }

    /**
     * Records a step of a cross-partnership act in this partnership's trail and in each other
     * partnership it concerns, once each, in the current transaction (issue 6): every board named
     * has the whole story.
     */
    @Transactional(TxType.MANDATORY)
    public void allowedHereAndIn(java.util.Collection<ActiveTenant> concerned, AuditAction action, String recordType,
            String recordId, String detail) {
        allowed(action, recordType, recordId, detail);
        String here = TenantContext.tenant().id();
        concerned.stream().filter(board -> !board.id().equals(here)).distinct()
                .forEach(board -> allowedIn(board, action, recordType, recordId, detail));
    }

    /** The most recent events about one record in this tenant, newest first. */
    @Transactional(TxType.REQUIRED)
    public List<AuditEvent> historyOf(String recordType, String recordId) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.recordType = :type AND e.recordId = :id"
                        + " ORDER BY e.occurredAt DESC", AuditEvent.class)
                .setParameter("type", recordType)
                .setParameter("id", recordId)
                .setMaxResults(200)
                .getResultList();
    }

    /** The tenant's latest events, newest first. */
    @Transactional(TxType.REQUIRED)
    public List<AuditEvent> recent(int limit) {
        return em.createQuery("SELECT e FROM AuditEvent e ORDER BY e.occurredAt DESC", AuditEvent.class)
                .setMaxResults(limit)
                .getResultList();
    }

    private AuditEvent event(AuditAction action, String recordType, String recordId, AuditOutcome outcome,
            String detail) {
        ActiveTenant tenant = TenantContext.tenant();
        return new AuditEvent(OffsetDateTime.now(clock), tenant.slug(), TenantContext.caller().username(), action,
                recordType, recordId, outcome, detail);
    }
}
