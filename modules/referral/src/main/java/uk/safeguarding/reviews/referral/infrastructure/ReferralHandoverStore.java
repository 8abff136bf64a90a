package uk.safeguarding.reviews.referral.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;
import uk.safeguarding.reviews.tenancy.api.SchemaCopy;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * The one place a referral's rows cross from one partnership's schema to another's (issue 6, §10.2):
 * a handover copies the referral, its children, its submissions and its files into the receiving
 * schema and marks the original as handed over, with schema-qualified SQL on the receiving
 * transaction's own connection, so all of it commits or none of it does. The schema names come from
 * {@link ActiveTenant}, which refuses anything but a generated tenant schema name.
 */
@ApplicationScoped
public class ReferralHandoverStore {

    @PersistenceContext(unitName = "cases")
    private EntityManager em;

    @Inject
    private SchemaCopy copy;

    /** Copies the source referral into the current (receiving) schema under a new id and reference. */
    public void copyInto(ActiveTenant source, String sourceId, ActiveTenant receiving, String newId,
            String newReference, int thresholdVersion, String receivedFrom, OffsetDateTime now) {
        String from = schema(source);
        String to = schema(receiving);
        int copied = em.createNativeQuery("INSERT INTO " + to + ".referral (id, status, incident_date, summary,"
                        + " created_by, created_at, updated_at, version, content_json, reference, referrer_email,"
                        + " threshold_version, submitted_at, kind, received_from)"
                        + " SELECT ?1, 'SUBMITTED', incident_date, summary, created_by, created_at, ?2, 1, content_json,"
                        + " ?3, referrer_email, ?4, ?2, kind, ?5 FROM " + from + ".referral WHERE id = ?6")
                .setParameter(1, newId).setParameter(2, now).setParameter(3, newReference)
                .setParameter(4, thresholdVersion).setParameter(5, receivedFrom).setParameter(6, sourceId)
                .executeUpdate();
        if (copied != 1) {
            throw new IllegalStateException("The referral to hand over is no longer there");
        }
        // Its children, submission history and files: every column, under the copy's id (and new row ids).
        String newRowId = "gen_random_uuid()::text";
        copy.copy(source, receiving, "referral_child", "t.referral_id = ?1", Map.of("id", newRowId, "referral_id", "?2"),
                sourceId, newId);
        copy.copy(source, receiving, "referral_submission", "t.referral_id = ?1", Map.of("referral_id", "?2"),
                sourceId, newId);
        copy.copy(source, receiving, "referral_attachment", "t.referral_id = ?1",
                Map.of("id", newRowId, "referral_id", "?2"), sourceId, newId);
    }

    /** The open review a decided referral led to, if it did: it moves with the referral. */
    public Optional<String> reviewOf(ActiveTenant source, String sourceId) {
        return em.createNativeQuery("SELECT review_id FROM " + schema(source) + ".referral WHERE id = ?1"
                        + " AND status = 'DECIDED' AND review_id IS NOT NULL")
                .setParameter(1, sourceId).getResultList().stream().findFirst().map(Object::toString);
    }

    /**
     * A referral whose review moves with it arrives decided: the panel's decision, its route and its
     * votes are copied with it, and it is linked to the review's copy.
     */
    public void copyDecision(ActiveTenant source, String sourceId, String newId, String newReviewId) {
        int updated = em.createNativeQuery("UPDATE " + schema(TenantContext.tenant()) + ".referral r SET status = 'DECIDED',"
                        + " outcome = s.outcome, decision_route = s.decision_route, decided_at = s.decided_at,"
                        + " decided_by = s.decided_by, decision_rationale = s.decision_rationale,"
                        + " forwarded_at = s.forwarded_at, forwarded_by = s.forwarded_by, review_id = ?1"
                        + " FROM " + schema(source) + ".referral s WHERE r.id = ?2 AND s.id = ?3")
                .setParameter(1, newReviewId).setParameter(2, newId).setParameter(3, sourceId).executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("The referral's decision could not be copied");
        }
        copy.copy(source, TenantContext.tenant(), "referral_vote", "t.referral_id = ?1", Map.of("referral_id", "?2"),
                sourceId, newId);
    }

    /**
     * Marks the original handed over, if it is still awaiting its decision (or, with its review,
     * decided); false if it moved on meanwhile (then the whole handover is rolled back by the caller).
     */
    public boolean markHandedOver(ActiveTenant source, String sourceId, String handedOverTo, OffsetDateTime now,
            boolean withReview) {
        return em.createNativeQuery("UPDATE " + schema(source) + ".referral SET status = 'HANDED_OVER',"
                        + " handed_over_to = ?1, updated_at = ?2, version = version + 1"
                        + " WHERE id = ?3 AND status IN (" + (withReview ? "'DECIDED'" : "'SUBMITTED', 'WITH_PANEL'") + ")")
                .setParameter(1, handedOverTo).setParameter(2, now).setParameter(3, sourceId).executeUpdate() == 1;
    }

    /** An ActiveTenant cannot hold anything but a generated tenant schema name, so it is safe in SQL. */
    private static String schema(ActiveTenant tenant) {
        return tenant.schemaName();
    }
}
