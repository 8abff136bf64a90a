package uk.safeguarding.reviews.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.safeguarding.reviews.review.domain.Review;
import uk.safeguarding.reviews.review.domain.ReviewListing;
import uk.safeguarding.reviews.review.domain.ReviewPause;
import uk.safeguarding.reviews.review.domain.ReviewRepository;
import uk.safeguarding.reviews.review.domain.StageTransition;

/** Reviews in the current tenant's schema (the connection is already pointed there). */
@ApplicationScoped
public class JpaReviewRepository implements ReviewRepository {

    @PersistenceContext(unitName = "cases")
    private EntityManager em;

    @Override
    public void add(Review review) {
        em.persist(review);
    }

    @Override
    public Optional<Review> find(String id) {
        return Optional.ofNullable(em.find(Review.class, id));
    }

    @Override
    public List<Review> recent(int limit) {
        return em.createQuery("SELECT r FROM Review r ORDER BY r.openedAt DESC", Review.class).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<ReviewListing> listing(int offset, int size) {
        return em.createQuery(LISTING + NEWEST_FIRST, ReviewListing.class)
                .setFirstResult(offset).setMaxResults(size).getResultList();
    }

    @Override
    public List<ReviewListing> listingNaming(String username, List<String> named, int offset, int size) {
        return em.createQuery(LISTING + " WHERE " + NAMING + NEWEST_FIRST, ReviewListing.class)
                .setParameter("user", username).setParameter("named", orNone(named))
                .setFirstResult(offset).setMaxResults(size).getResultList();
    }

    @Override
    public long countNaming(String username, List<String> named) {
        return em.createQuery("SELECT COUNT(r) FROM Review r WHERE " + NAMING, Long.class)
                .setParameter("user", username).setParameter("named", orNone(named)).getSingleResult();
    }

    /** An empty IN list is not valid SQL; no review has an empty id. */
    private static List<String> orNone(List<String> ids) {
        return ids.isEmpty() ? List.of("") : ids;
    }

    /** Only the columns a list of reviews shows (issue 13 §4). */
    private static final String LISTING = "SELECT NEW uk.safeguarding.reviews.review.domain.ReviewListing(r.id,"
            + " r.reference, r.kind, r.kindVersion, r.stage, r.openedAt, r.chair, r.handedOverTo) FROM Review r";

    private static final String NEWEST_FIRST = " ORDER BY r.openedAt DESC, r.reference DESC";

    /** The review has an assignment of {@code :user} that has not ended, or something else on it names them. */
    private static final String NAMING = "(EXISTS (SELECT a.id FROM ReviewAssignment a WHERE a.reviewId = r.id"
            + " AND a.username = :user AND a.endedAt IS NULL) OR r.id IN :named)";

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(r) FROM Review r", Long.class).getSingleResult();
    }

    @Override
    public long nextNumber() {
        // The sequence lives in the tenant's own schema, so numbers are per partnership.
        return ((Number) em.createNativeQuery("SELECT nextval('review_reference_seq')").getSingleResult()).longValue();
    }

    @Override
    public void add(StageTransition transition) {
        em.persist(transition);
    }

    @Override
    public List<StageTransition> transitions(String reviewId) {
        return em.createQuery("SELECT t FROM StageTransition t WHERE t.reviewId = :review ORDER BY t.at, t.id",
                StageTransition.class).setParameter("review", reviewId).getResultList();
    }

    @Override
    public void add(ReviewPause pause) {
        em.persist(pause);
    }

    @Override
    public List<ReviewPause> pauses(String reviewId) {
        return em.createQuery("SELECT p FROM ReviewPause p WHERE p.reviewId = :review ORDER BY p.pausedAt, p.id",
                ReviewPause.class).setParameter("review", reviewId).getResultList();
    }
}
