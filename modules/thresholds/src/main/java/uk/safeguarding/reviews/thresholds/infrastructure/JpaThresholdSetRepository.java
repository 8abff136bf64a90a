package uk.safeguarding.reviews.thresholds.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;
import uk.safeguarding.reviews.thresholds.domain.ThresholdSet;
import uk.safeguarding.reviews.thresholds.domain.ThresholdSetRepository;

@ApplicationScoped
public class JpaThresholdSetRepository implements ThresholdSetRepository {

    @PersistenceContext(unitName = "cases")
    private EntityManager em;

    @Override
    public Optional<ThresholdSet> latest() {
        return em.createQuery("SELECT t FROM ThresholdSet t ORDER BY t.version DESC", ThresholdSet.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<ThresholdSet> inForceOn(LocalDate day) {
        return em.createQuery("SELECT t FROM ThresholdSet t WHERE t.effectiveFrom <= :day ORDER BY t.version DESC",
                        ThresholdSet.class)
                .setParameter("day", day).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<ThresholdSet> version(int version) {
        return Optional.ofNullable(em.find(ThresholdSet.class, version));
    }

    @Override
    public void add(ThresholdSet thresholds) {
        em.persist(thresholds);
    }

    @Override
    public void lockFirstVersion() {
        // A transaction-scoped advisory lock per schema and kind of setting; released at commit or rollback.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':thresholds'))").getSingleResult();
    }
}
