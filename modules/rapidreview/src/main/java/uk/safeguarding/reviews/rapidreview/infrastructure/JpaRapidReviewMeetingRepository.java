package uk.safeguarding.reviews.rapidreview.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeeting;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeetingRepository;

/** Rapid Review meetings in the current tenant's schema. */
@ApplicationScoped
public class JpaRapidReviewMeetingRepository implements RapidReviewMeetingRepository {

    @PersistenceContext(unitName = "cases")
    private EntityManager em;

    @Override
    public Optional<RapidReviewMeeting> ofReview(String reviewId) {
        return Optional.ofNullable(em.find(RapidReviewMeeting.class, reviewId));
    }

    @Override
    public void add(RapidReviewMeeting meeting) {
        em.persist(meeting);
    }

    @Override
    public List<RapidReviewMeeting> awaitingEndorsement(int limit) {
        return em.createQuery("SELECT m FROM RapidReviewMeeting m WHERE m.recommendation IS NOT NULL"
                + " AND m.reportSentAt IS NULL ORDER BY m.startsAt", RapidReviewMeeting.class).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<RapidReviewMeeting> withOutcome() {
        return em.createQuery("SELECT m FROM RapidReviewMeeting m WHERE m.recommendation IS NOT NULL",
                RapidReviewMeeting.class).getResultList();
    }

    @Override
    public List<RapidReviewMeeting> decidedOrAnsweredBetween(java.time.OffsetDateTime from, java.time.OffsetDateTime to,
            java.time.LocalDate firstDay, java.time.LocalDate lastDay) {
        return em.createQuery("SELECT m FROM RapidReviewMeeting m WHERE (m.outcomeRecordedAt >= :from"
                        + " AND m.outcomeRecordedAt < :to) OR (m.panelRespondedOn >= :firstDay AND m.panelRespondedOn <= :lastDay)",
                        RapidReviewMeeting.class)
                .setParameter("from", from).setParameter("to", to).setParameter("firstDay", firstDay)
                .setParameter("lastDay", lastDay).getResultList();
    }
}
