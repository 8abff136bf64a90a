package uk.safeguarding.reviews.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.safeguarding.reviews.review.domain.KindDefinitionRepository;
import uk.safeguarding.reviews.review.domain.KindDefinitionVersion;

/** Kind definitions in the current tenant's schema. */
@ApplicationScoped
public class JpaKindDefinitionRepository implements KindDefinitionRepository {

    @PersistenceContext(unitName = "cases")
    private EntityManager em;

    @Override
    public void add(KindDefinitionVersion version) {
        em.persist(version);
    }

    @Override
    public boolean addFirstIfAbsent(KindDefinitionVersion first) {
        // Two first uses at once (two people opening reviews) must not fail on the key: one stores it.
        return em.createNativeQuery("INSERT INTO review_kind_definition (kind_key, version, definition, reason,"
                        + " created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING")
                .setParameter(1, first.kindKey()).setParameter(2, first.version()).setParameter(3, first.definition())
                .setParameter(4, first.reason()).setParameter(5, first.createdBy()).setParameter(6, java.sql.Timestamp.from(first.createdAt().toInstant()))
                .executeUpdate() == 1;
    }

    @Override
    public Optional<KindDefinitionVersion> latest(String kindKey) {
        return em.createQuery("SELECT d FROM KindDefinitionVersion d WHERE d.kindKey = :kind ORDER BY d.version DESC",
                KindDefinitionVersion.class).setParameter("kind", kindKey).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<KindDefinitionVersion> version(String kindKey, int version) {
        return Optional.ofNullable(em.find(KindDefinitionVersion.class, new KindDefinitionVersion.Key(kindKey, version)));
    }

    @Override
    public List<KindDefinitionVersion> all() {
        return em.createQuery("SELECT d FROM KindDefinitionVersion d ORDER BY d.kindKey, d.version DESC",
                KindDefinitionVersion.class).getResultList();
    }
}
