package uk.safeguarding.reviews.clocks.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.safeguarding.reviews.clocks.domain.PartnershipCalendar;
import uk.safeguarding.reviews.clocks.domain.PartnershipCalendarRepository;

@ApplicationScoped
public class JpaPartnershipCalendarRepository implements PartnershipCalendarRepository {

    @PersistenceContext(unitName = "cases")
    private EntityManager em;

    @Override
    public Optional<PartnershipCalendar> latest() {
        return em.createQuery("SELECT c FROM PartnershipCalendar c ORDER BY c.version DESC", PartnershipCalendar.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<PartnershipCalendar> version(int version) {
        return Optional.ofNullable(em.find(PartnershipCalendar.class, version));
    }

    @Override
    public void add(PartnershipCalendar calendar) {
        em.persist(calendar);
    }

    @Override
    public void lockFirstVersion() {
        // A transaction-scoped advisory lock per schema and kind of setting; released at commit or rollback.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':calendar'))").getSingleResult();
    }
}
