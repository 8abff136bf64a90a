package uk.safeguarding.reviews.clocks.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;
import uk.safeguarding.reviews.clocks.domain.ClockRuleSet;
import uk.safeguarding.reviews.clocks.domain.ClockRuleSetRepository;

@ApplicationScoped
public class JpaClockRuleSetRepository implements ClockRuleSetRepository {

    @PersistenceContext(unitName = "cases")
    private EntityManager em;

    @Override
    public Optional<ClockRuleSet> latest() {
        return em.createQuery("SELECT s FROM ClockRuleSet s ORDER BY s.version DESC", ClockRuleSet.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<ClockRuleSet> inForceOn(LocalDate day) {
        return em.createQuery("SELECT s FROM ClockRuleSet s WHERE s.effectiveFrom <= :day ORDER BY s.version DESC",
                        ClockRuleSet.class)
                .setParameter("day", day)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<ClockRuleSet> version(int version) {
        return Optional.ofNullable(em.find(ClockRuleSet.class, version));
    }

    @Override
    public void add(ClockRuleSet ruleSet) {
        em.persist(ruleSet);
    }

    @Override
    public void lockFirstVersion() {
        // A transaction-scoped advisory lock per schema and kind of setting; released at commit or rollback.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':clock-rules'))").getSingleResult();
    }
}
