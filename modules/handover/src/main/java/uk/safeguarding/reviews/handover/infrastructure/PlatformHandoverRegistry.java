package uk.safeguarding.reviews.handover.infrastructure;

import static uk.safeguarding.reviews.kernel.NativeRows.text;
import static uk.safeguarding.reviews.kernel.NativeRows.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;
import uk.safeguarding.reviews.handover.domain.Handover;
import uk.safeguarding.reviews.handover.domain.HandoverRegistry;
import uk.safeguarding.reviews.handover.domain.HandoverStatus;
import uk.safeguarding.reviews.tenancy.domain.BoardKind;
import uk.safeguarding.reviews.tenancy.domain.Tenant;
import uk.safeguarding.reviews.tenancy.domain.TenantStatus;

/**
 * {@code platform.handover}, through the case data's own connection, so a handover's row changes in
 * the same transaction as the referral it moves. Every statement names the platform schema and the
 * partnership asking.
 */
@ApplicationScoped
public class PlatformHandoverRegistry implements HandoverRegistry {

    private static final String COLUMNS = "id, from_tenant, to_tenant, source_referral_id, source_reference,"
            + " child_initials, reason, legal_basis, shared_items, source_clocks, status, proposed_by, proposed_at,"
            + " answered_by, answered_at, answer_reason, copy_referral_id, copy_reference, escalated_by, escalated_at,"
            + " escalation_reason, executive_decision";

    private static final String TENANT_QUERY = "SELECT id, slug, display_name, board_kind, schema_name, status"
            + " FROM platform.tenant";

    @PersistenceContext(unitName = "cases")
    private EntityManager em;

    @Override
    public void add(Handover h) {
        // Times that may be null are cast: a null binds without a type, and PostgreSQL will not guess one.
        Query insert = em.createNativeQuery("INSERT INTO platform.handover (" + COLUMNS + ") VALUES (?1, ?2, ?3, ?4,"
                + " ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, CAST(?13 AS timestamptz), ?14, CAST(?15 AS timestamptz), ?16,"
                + " ?17, ?18, ?19, CAST(?20 AS timestamptz), ?21, ?22)");
        bind(insert, h).executeUpdate();
    }

    @Override
    public Optional<Handover> lockForParty(String id, String tenantSlug) {
        return one("SELECT " + COLUMNS + " FROM platform.handover WHERE id = ?1 AND (from_tenant = ?2 OR to_tenant = ?2)"
                + " FOR UPDATE", id, tenantSlug);
    }

    @Override
    public Optional<Handover> findForParty(String id, String tenantSlug) {
        return one("SELECT " + COLUMNS + " FROM platform.handover WHERE id = ?1 AND (from_tenant = ?2 OR to_tenant = ?2)",
                id, tenantSlug);
    }

    @Override
    public List<Handover> proposedTo(String tenantSlug, int offset, int size) {
        return many(em.createNativeQuery("SELECT " + COLUMNS + " FROM platform.handover WHERE to_tenant = ?1"
                + " ORDER BY proposed_at DESC, id OFFSET ?2 LIMIT ?3").setParameter(1, tenantSlug)
                .setParameter(2, offset).setParameter(3, size));
    }

    @Override
    public List<Handover> awaitingAnswerOf(String tenantSlug, int limit) {
        return many(em.createNativeQuery("SELECT " + COLUMNS + " FROM platform.handover WHERE to_tenant = ?1"
                + " AND status = 'PROPOSED' ORDER BY proposed_at, id LIMIT ?2").setParameter(1, tenantSlug)
                .setParameter(2, limit));
    }

    @Override
    public long countProposedTo(String tenantSlug) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM platform.handover WHERE to_tenant = ?1")
                .setParameter(1, tenantSlug).getSingleResult()).longValue();
    }

    @Override
    public List<Handover> ofReferral(String fromTenant, String referralId) {
        return many(em.createNativeQuery("SELECT " + COLUMNS + " FROM platform.handover WHERE from_tenant = ?1"
                + " AND source_referral_id = ?2 ORDER BY proposed_at DESC").setParameter(1, fromTenant)
                .setParameter(2, referralId));
    }

    @Override
    public void update(Handover h) {
        em.createNativeQuery("UPDATE platform.handover SET status = ?2, answered_by = ?3,"
                        + " answered_at = CAST(?4 AS timestamptz), answer_reason = ?5, copy_referral_id = ?6,"
                        + " copy_reference = ?7, escalated_by = ?8, escalated_at = CAST(?9 AS timestamptz),"
                        + " escalation_reason = ?10, executive_decision = ?11 WHERE id = ?1")
                .setParameter(1, h.id()).setParameter(2, h.status().name()).setParameter(3, h.answeredBy())
                .setParameter(4, h.answeredAt()).setParameter(5, h.answerReason()).setParameter(6, h.copyReferralId())
                .setParameter(7, h.copyReference()).setParameter(8, h.escalatedBy()).setParameter(9, h.escalatedAt())
                .setParameter(10, h.escalationReason()).setParameter(11, h.executiveDecision()).executeUpdate();
    }

    private static Query bind(Query q, Handover h) {
        return q.setParameter(1, h.id()).setParameter(2, h.fromTenant()).setParameter(3, h.toTenant())
                .setParameter(4, h.sourceReferralId()).setParameter(5, h.sourceReference())
                .setParameter(6, h.childInitials()).setParameter(7, h.reason()).setParameter(8, h.legalBasis())
                .setParameter(9, h.sharedItems()).setParameter(10, h.sourceClocks()).setParameter(11, h.status().name())
                .setParameter(12, h.proposedBy()).setParameter(13, h.proposedAt()).setParameter(14, h.answeredBy())
                .setParameter(15, h.answeredAt()).setParameter(16, h.answerReason())
                .setParameter(17, h.copyReferralId()).setParameter(18, h.copyReference())
                .setParameter(19, h.escalatedBy()).setParameter(20, h.escalatedAt())
                .setParameter(21, h.escalationReason()).setParameter(22, h.executiveDecision());
    }

    private Optional<Handover> one(String sql, String id, String tenantSlug) {
        return many(em.createNativeQuery(sql).setParameter(1, id).setParameter(2, tenantSlug)).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private static List<Handover> many(Query query) {
        return ((List<Object[]>) query.getResultList()).stream().map(PlatformHandoverRegistry::row).toList();
    }

    private static Handover row(Object[] r) {
        return new Handover(text(r[0]), text(r[1]), text(r[2]), text(r[3]), text(r[4]), text(r[5]), text(r[6]), text(r[7]), text(r[8]), text(r[9]),
                HandoverStatus.valueOf(text(r[10])), text(r[11]), time(r[12]), text(r[13]), time(r[14]), text(r[15]), text(r[16]),
                text(r[17]), text(r[18]), time(r[19]), text(r[20]), text(r[21]));
    }

    @Override
    public Optional<Tenant> partnership(String slug) {
        return tenants(em.createNativeQuery(TENANT_QUERY + " WHERE slug = ?1").setParameter(1, slug)).stream()
                .findFirst();
    }

    @Override
    public List<Tenant> partnerships() {
        return tenants(em.createNativeQuery(TENANT_QUERY + " ORDER BY display_name"));
    }

    @SuppressWarnings("unchecked")
    private static List<Tenant> tenants(Query query) {
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new Tenant(text(r[0]), text(r[1]), text(r[2]),
                BoardKind.valueOf(text(r[3])), text(r[4]), TenantStatus.valueOf(text(r[5])))).toList();
    }
}
