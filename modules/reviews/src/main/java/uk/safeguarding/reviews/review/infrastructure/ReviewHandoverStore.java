package uk.safeguarding.reviews.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;
import uk.safeguarding.reviews.tenancy.api.SchemaCopy;
import uk.safeguarding.reviews.thresholds.domain.ReviewKind;

/**
 * A review's row crossing from one partnership's schema to another's when it is handed over (issue
 * 6, §10.2), in the receiving transaction, and the original marked as handed over.
 */
@ApplicationScoped
public class ReviewHandoverStore {

    @PersistenceContext(unitName = "cases")
    private EntityManager em;

    @Inject
    private SchemaCopy copy;

    public Optional<ReviewKind> kindIn(ActiveTenant source, String reviewId) {
        return em.createNativeQuery("SELECT kind FROM " + source.schemaName() + ".review WHERE id = ?1")
                .setParameter(1, reviewId).getResultList().stream().findFirst()
                .map(kind -> ReviewKind.valueOf(kind.toString()));
    }

    /**
     * Copies the review under a new id and reference, for the copied referral, under our thresholds
     * and our version of its kind; it keeps the stage it had reached.
     */
    public void copyInto(ActiveTenant source, String sourceId, ActiveTenant receiving, String newId, String newReference,
            String referralId, String referralReference, int thresholdVersion, int kindVersion) {
        int copied = copy.copy(source, receiving, "review", "t.id = ?1", Map.of(
                "id", "?2", "reference", "?3", "referral_id", "?4", "referral_reference", "?5",
                "threshold_version", "?6", "row_version", "0", "handed_over_to", "NULL", "kind_version", "?7"),
                sourceId, newId, newReference, referralId, referralReference, thresholdVersion, kindVersion);
        if (copied != 1) {
            throw new IllegalStateException("The review to hand over is no longer there");
        }
    }

    /** Marks the original handed over; false if it already was (the caller then rolls everything back). */
    public boolean markHandedOver(ActiveTenant source, String sourceId, String handedOverTo) {
        return em.createNativeQuery("UPDATE " + source.schemaName() + ".review SET handed_over_to = ?1,"
                        + " row_version = row_version + 1 WHERE id = ?2 AND handed_over_to IS NULL")
                .setParameter(1, handedOverTo).setParameter(2, sourceId).executeUpdate() == 1;
    }
}
