package uk.safeguarding.reviews.agencies.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.safeguarding.reviews.agencies.domain.Agency;
import uk.safeguarding.reviews.agencies.domain.AgencyRepository;

/** Agencies in the current tenant's schema. */
@ApplicationScoped
public class JpaAgencyRepository implements AgencyRepository {

    @PersistenceContext(unitName = "cases")
    private EntityManager em;

    @Override
    public List<Agency> all() {
        return em.createQuery("SELECT a FROM Agency a ORDER BY a.name", Agency.class).getResultList();
    }

    @Override
    public Optional<Agency> find(String id) {
        return Optional.ofNullable(em.find(Agency.class, id == null ? "" : id.strip()));
    }

    @Override
    public Optional<Agency> findByName(String name) {
        return em.createQuery("SELECT a FROM Agency a WHERE LOWER(a.name) = LOWER(:name)", Agency.class)
                .setParameter("name", name == null ? "" : name.strip())
                .getResultStream().findFirst();
    }

    @Override
    public List<Agency> ofContact(String username) {
        return all().stream().filter(a -> a.hasContact(username)).toList();
    }

    @Override
    public void add(Agency agency) {
        em.persist(agency);
    }
}
