package uk.safeguarding.reviews.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.safeguarding.reviews.review.domain.ReviewAssignment;
import uk.safeguarding.reviews.review.domain.ReviewAssignmentRepository;

/** Review assignments in the current tenant's schema. */
@ApplicationScoped
public class JpaReviewAssignmentRepository implements ReviewAssignmentRepository {

    @PersistenceContext(unitName = "cases")
    private EntityManager em;

    @Override
    public void add(ReviewAssignment assignment) {
        em.persist(assignment);
    }

    @Override
    public Optional<ReviewAssignment> find(String id) {
        return Optional.ofNullable(em.find(ReviewAssignment.class, id == null ? "" : id.strip()));
    }

    @Override
    public List<ReviewAssignment> ofReview(String reviewId) {
        return em.createQuery("SELECT a FROM ReviewAssignment a WHERE a.reviewId = :review ORDER BY a.givenAt, a.id",
                ReviewAssignment.class).setParameter("review", reviewId).getResultList();
    }

    @Override
    public List<ReviewAssignment> activeOfPerson(String username, int limit) {
        return em.createQuery("SELECT a FROM ReviewAssignment a WHERE a.username = :user AND a.endedAt IS NULL"
                + " ORDER BY a.givenAt, a.id", ReviewAssignment.class).setParameter("user", username)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<ReviewAssignment> activeOf(String reviewId, String username) {
        return em.createQuery("SELECT a FROM ReviewAssignment a WHERE a.reviewId = :review AND a.username = :user"
                + " AND a.endedAt IS NULL", ReviewAssignment.class).setParameter("review", reviewId)
                .setParameter("user", username).getResultList();
    }
}
