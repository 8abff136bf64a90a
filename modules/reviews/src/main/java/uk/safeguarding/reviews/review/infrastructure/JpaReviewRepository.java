package uk.safeguarding.reviews.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import uk.safeguarding.reviews.kernel.search.ReferenceSearch;
import uk.safeguarding.reviews.review.domain.Review;
import uk.safeguarding.reviews.review.domain.ReviewListing;
import uk.safeguarding.reviews.review.domain.ReviewPause;
import uk.safeguarding.reviews.review.domain.ReviewRepository;
import uk.safeguarding.reviews.review.domain.StageCount;
import uk.safeguarding.reviews.review.domain.ReviewRepository.Order;
import uk.safeguarding.reviews.review.domain.ReviewRepository.ReviewQuery;
import uk.safeguarding.reviews.review.domain.StageMove;
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
    public List<Review> recentOfKind(uk.safeguarding.reviews.thresholds.domain.ReviewKind kind, int limit) {
        return em.createQuery("SELECT r FROM Review r WHERE r.kind = :kind AND r.handedOverTo IS NULL"
                + " ORDER BY r.openedAt DESC", Review.class).setParameter("kind", kind).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Review> heldAtStages(java.util.Collection<String> stageKeys) {
        return em.createQuery("SELECT r FROM Review r WHERE r.stage IN :stages AND r.handedOverTo IS NULL"
                + " ORDER BY r.openedAt, r.id", Review.class).setParameter("stages", stageKeys).getResultList();
    }

    @Override
    public List<Review> withReferenceLike(List<String> referencePatterns, int limit) {
        TypedQuery<Review> query = em.createQuery("SELECT r FROM Review r"
                + ReferenceSearch.where("r.reference", referencePatterns.size()) + " ORDER BY r.openedAt DESC, r.id",
                Review.class);
        ReferenceSearch.bind(query, referencePatterns);
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public List<ReviewListing> listing(ReviewQuery filter, String username, List<String> named, int offset, int size) {
        TypedQuery<ReviewListing> query = em.createQuery(LISTING + where(filter, username) + order(filter.order()),
                ReviewListing.class);
        bind(query, filter, username, named);
        return query.setFirstResult(offset).setMaxResults(size).getResultList();
    }

    @Override
    public long count(ReviewQuery filter, String username, List<String> named) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(r) FROM Review r" + where(filter, username), Long.class);
        bind(query, filter, username, named);
        return query.getSingleResult();
    }

    @Override
    public List<Review> search(String pattern, String username, List<String> named, int limit) {
        TypedQuery<Review> query = em.createQuery("SELECT r FROM Review r WHERE (LOWER(r.reference) LIKE :pattern"
                + " ESCAPE '\\' OR LOWER(r.referralReference) LIKE :pattern ESCAPE '\\')"
                + (username == null ? "" : " AND " + NAMING) + NEWEST_FIRST, Review.class)
                .setParameter("pattern", pattern).setMaxResults(limit);
        if (username != null) {
            query.setParameter("user", username).setParameter("named", orNone(named));
        }
        return query.getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Integer> yearsOpened() {
        return ((List<Number>) em.createNativeQuery("SELECT DISTINCT CAST(EXTRACT(YEAR FROM opened_at AT TIME ZONE"
                + " 'Europe/London') AS integer) AS y FROM review ORDER BY y DESC").getResultList()).stream()
                .map(Number::intValue).toList();
    }

    /** The filter's terms that are set, and, for someone who may not see every review, need to know. */
    private static String where(ReviewQuery filter, String username) {
        List<String> terms = new java.util.ArrayList<>();
        if (filter.kind() != null) {
            terms.add("r.kind = :kind");
        }
        if (filter.stage() != null) {
            terms.add("r.stage = :stage");
        }
        if (filter.openedFrom() != null) {
            terms.add("r.openedAt >= :from AND r.openedAt < :before");
        }
        if (username != null) {
            terms.add(NAMING);
        }
        return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    private static void bind(jakarta.persistence.Query query, ReviewQuery filter, String username, List<String> named) {
        if (filter.kind() != null) {
            query.setParameter("kind", filter.kind());
        }
        if (filter.stage() != null) {
            query.setParameter("stage", filter.stage());
        }
        if (filter.openedFrom() != null) {
            query.setParameter("from", filter.openedFrom()).setParameter("before", filter.openedBefore());
        }
        if (username != null) {
            query.setParameter("user", username).setParameter("named", orNone(named));
        }
    }

    private static String order(Order order) {
        return switch (order) {
            case OLDEST -> " ORDER BY r.openedAt ASC, r.reference ASC";
            case REFERENCE -> " ORDER BY r.reference ASC";
            case NEWEST -> NEWEST_FIRST;
        };
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
    public List<StageCount> heldByStage() {
        List<Object[]> rows = em.createQuery("SELECT r.kind, r.kindVersion, r.stage, COUNT(r) FROM Review r"
                + " WHERE r.handedOverTo IS NULL GROUP BY r.kind, r.kindVersion, r.stage", Object[].class).getResultList();
        return rows.stream().map(row -> new StageCount((uk.safeguarding.reviews.thresholds.domain.ReviewKind) row[0],
                ((Number) row[1]).intValue(), (String) row[2], ((Number) row[3]).longValue())).toList();
    }

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

    @Override
    public List<Review> openedBetween(java.time.OffsetDateTime from, java.time.OffsetDateTime to) {
        return em.createQuery("SELECT r FROM Review r WHERE r.handedOverTo IS NULL AND r.openedAt >= :from"
                + " AND r.openedAt < :to ORDER BY r.openedAt, r.id", Review.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public List<StageMove> movesBetween(java.time.OffsetDateTime from, java.time.OffsetDateTime to) {
        return em.createQuery("SELECT NEW uk.safeguarding.reviews.review.domain.StageMove(r.id, r.reference,"
                + " r.kind, r.kindVersion, t.toStage, t.at) FROM StageTransition t, Review r WHERE t.reviewId = r.id"
                + " AND r.handedOverTo IS NULL AND t.at >= :from AND t.at < :to ORDER BY t.at, t.id", StageMove.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public List<Review> findAll(java.util.Collection<String> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("SELECT r FROM Review r WHERE r.id IN :ids", Review.class)
                .setParameter("ids", List.copyOf(ids)).getResultList();
    }
}
