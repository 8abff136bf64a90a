package uk.safeguarding.reviews.clocks.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;
import uk.safeguarding.reviews.clocks.domain.NoticeKind;
import uk.safeguarding.reviews.clocks.domain.NoticeLedger;
import uk.safeguarding.reviews.clocks.domain.NoticeSettings;

/** clock_notice and notice_settings in the current tenant's schema. */
@ApplicationScoped
public class JpaNoticeLedger implements NoticeLedger {

    @PersistenceContext(unitName = "cases")
    private EntityManager em;

    @Override
    public boolean claim(UUID clockId, NoticeKind kind, ZonedDateTime dueBy, String recipient, String sender,
            ZonedDateTime now, ZonedDateTime staleBefore) {
        // The primary key decides: one insert wins; a stale, unsent claim may be taken over.
        int taken = em.createNativeQuery("INSERT INTO clock_notice (clock_id, kind, due_by, recipient, claimed_by,"
                        + " claimed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                        + " ON CONFLICT (clock_id, kind, due_by) DO UPDATE SET claimed_by = EXCLUDED.claimed_by,"
                        + " claimed_at = EXCLUDED.claimed_at"
                        + " WHERE clock_notice.sent_at IS NULL AND clock_notice.claimed_at < ?7")
                .setParameter(1, clockId.toString())
                .setParameter(2, kind.name())
                .setParameter(3, dueBy.toOffsetDateTime())
                .setParameter(4, recipient)
                .setParameter(5, sender)
                .setParameter(6, now.toOffsetDateTime())
                .setParameter(7, staleBefore.toOffsetDateTime())
                .executeUpdate();
        return taken == 1;
    }

    @Override
    public void markSent(UUID clockId, NoticeKind kind, ZonedDateTime dueBy, ZonedDateTime sentAt) {
        em.createNativeQuery("UPDATE clock_notice SET sent_at = ?4 WHERE clock_id = ?1 AND kind = ?2 AND due_by = ?3")
                .setParameter(1, clockId.toString())
                .setParameter(2, kind.name())
                .setParameter(3, dueBy.toOffsetDateTime())
                .setParameter(4, sentAt.toOffsetDateTime())
                .executeUpdate();
    }

    @Override
    public void release(UUID clockId, NoticeKind kind, ZonedDateTime dueBy) {
        em.createNativeQuery("DELETE FROM clock_notice WHERE clock_id = ?1 AND kind = ?2 AND due_by = ?3"
                        + " AND sent_at IS NULL")
                .setParameter(1, clockId.toString())
                .setParameter(2, kind.name())
                .setParameter(3, dueBy.toOffsetDateTime())
                .executeUpdate();
    }

    @Override
    public Optional<NoticeSettings> settings() {
        return em.createQuery("SELECT s FROM NoticeSettings s", NoticeSettings.class).getResultStream().findFirst();
    }

    @Override
    public void saveSettings(NoticeSettings settings) {
        if (em.contains(settings)) {
            return;
        }
        em.persist(settings);
    }
}
