package uk.safeguarding.reviews.linking.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.safeguarding.reviews.kernel.search.ReferenceSearch;
import uk.safeguarding.reviews.linking.domain.BoardReview;
import uk.safeguarding.reviews.linking.domain.BoardReviewRepository;

/** Board reviews in the current tenant's schema (the connection is already pointed there). */
@ApplicationScoped
public class JpaBoardReviewRepository implements BoardReviewRepository {

    @PersistenceContext(unitName = "cases")
    private EntityManager em;

    @Override
    public void add(BoardReview review) {
        em.persist(review);
    }

    @Override
    public Optional<BoardReview> find(String id) {
        return Optional.ofNullable(em.find(BoardReview.class, id));
    }

    @Override
    public List<BoardReview> withReferenceLike(List<String> referencePatterns, int limit) {
        var query = em.createQuery("SELECT r FROM BoardReview r" + ReferenceSearch.where("r.reference",
                referencePatterns.size()) + " ORDER BY r.openedAt DESC, r.id", BoardReview.class);
        ReferenceSearch.bind(query, referencePatterns);
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public List<BoardReview> page(int offset, int size) {
        return em.createQuery("SELECT r FROM BoardReview r ORDER BY r.openedAt DESC, r.id", BoardReview.class)
                .setFirstResult(offset).setMaxResults(size).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(r) FROM BoardReview r", Long.class).getSingleResult();
    }

    @Override
    public long nextNumber() {
        return ((Number) em.createNativeQuery("SELECT nextval('board_review_reference_seq')").getSingleResult())
                .longValue();
    }
}
