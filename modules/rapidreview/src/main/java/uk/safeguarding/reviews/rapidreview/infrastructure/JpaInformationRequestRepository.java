package uk.safeguarding.reviews.rapidreview.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import uk.safeguarding.reviews.rapidreview.domain.InformationRequest;
import uk.safeguarding.reviews.rapidreview.domain.InformationRequestRepository;
import uk.safeguarding.reviews.rapidreview.domain.RequestLetterTemplate;

/** Information requests in the current tenant's schema (the connection is already pointed there). */
@ApplicationScoped
public class JpaInformationRequestRepository implements InformationRequestRepository {

    @PersistenceContext(unitName = "cases")
    private EntityManager em;

    @Override
    public void add(InformationRequest request) {
        em.persist(request);
    }

    @Override
    public Optional<InformationRequest> find(String id) {
        return Optional.ofNullable(em.find(InformationRequest.class, id));
    }

    @Override
    public List<InformationRequest> ofReview(String reviewId) {
        return em.createQuery("SELECT r FROM InformationRequest r WHERE r.reviewId = :review ORDER BY r.agencyName",
                InformationRequest.class).setParameter("review", reviewId).getResultList();
    }

    @Override
    public List<InformationRequest> ofAgencies(Collection<String> agencyIds, int offset, int size) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM InformationRequest r WHERE r.agencyId IN :agencies AND r.movedTo IS NULL"
                + " ORDER BY r.sentAt DESC, r.id", InformationRequest.class).setParameter("agencies", agencyIds)
                .setFirstResult(offset).setMaxResults(size).getResultList();
    }

    @Override
    public List<String> reviewsAsking(Collection<String> agencyIds) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT DISTINCT r.reviewId FROM InformationRequest r WHERE r.agencyId IN :agencies",
                String.class).setParameter("agencies", agencyIds).getResultList();
    }

    @Override
    public long countOfAgencies(Collection<String> agencyIds) {
        if (agencyIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(r) FROM InformationRequest r WHERE r.agencyId IN :agencies"
                + " AND r.movedTo IS NULL", Long.class).setParameter("agencies", agencyIds).getSingleResult();
    }

    @Override
    public void markMovedIn(uk.safeguarding.reviews.tenancy.api.ActiveTenant source, String reviewId, String to) {
        em.createNativeQuery("UPDATE " + source.schemaName() + ".information_request SET moved_to = ?1,"
                + " row_version = row_version + 1 WHERE review_id = ?2").setParameter(1, to).setParameter(2, reviewId)
                .executeUpdate();
    }

    @Override
    public Optional<RequestLetterTemplate> letterTemplate() {
        return em.createQuery("SELECT t FROM RequestLetterTemplate t", RequestLetterTemplate.class).getResultStream()
                .findFirst();
    }

    @Override
    public void saveLetterTemplate(RequestLetterTemplate template) {
        em.merge(template);
    }
}
