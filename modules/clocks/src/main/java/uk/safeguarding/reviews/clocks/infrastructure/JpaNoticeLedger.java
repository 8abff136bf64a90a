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
            ZonedDateTime now) {
        // The primary key decides: one insert wins, in the same transaction as the letter it writes.
        int taken = em.createNativeQuery("INSERT INTO clock_notice (clock_id, kind, due_by, recipient, claimed_by,"
                        + " claimed_at, sent_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)"
                        + " ON CONFLICT (clock_id, kind, due_by) DO NOTHING")
                .setParameter(1, clockId.toString())
                .setParameter(2, kind.name())
                .setParameter(3, dueBy.toOffsetDateTime())
                .setParameter(4, recipient)
                .setParameter(5, sender)
                .setParameter(6, now.toOffsetDateTime())
                .executeUpdate();
        return taken == 1;
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
