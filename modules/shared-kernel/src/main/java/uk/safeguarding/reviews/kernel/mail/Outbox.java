package uk.safeguarding.reviews.kernel.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The current partnership's outgoing letters. {@link #write} joins the caller's transaction;
 * {@link #sendPending} claims each unsent letter for one sender (so two instances never send one
 * twice), sends it, and records it as sent. A letter whose sender died mid-send is taken over once
 * its claim is stale.
 */
@ApplicationScoped
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
    private static final Duration STALE_CLAIM = Duration.ofMinutes(10);
    private static final int BATCH = 50;

    @PersistenceContext(unitName = "cases")
    private EntityManager em;

    @Inject
    private MailSender mail;

    @Inject
    private Clock clock;

    @Inject
    private Outbox self;

    /** Writes a letter as part of the current transaction; it goes only if that transaction commits. */
    @Transactional(TxType.MANDATORY)
    public void write(OutgoingMail letter) {
        if (letter.to() == null || letter.to().isBlank()) {
            return;
        }
        em.persist(new OutboxMessage(letter, OffsetDateTime.now(clock)));
    }

    /** Sends what is waiting; returns how many this sender sent. */
    public int sendPending(String sender, String appBaseUrl) {
        return sendPending(sender, appBaseUrl, null);
    }

    /** Sends what is waiting under the partnership's letterhead; returns how many this sender sent. */
    public int sendPending(String sender, String appBaseUrl, Letterhead letterhead) {
        int sent = 0;
        for (String id : self.claim(sender)) {
            OutboxMessage message = self.load(id);
            try {
                mail.send(message.toMail(appBaseUrl), letterhead);
                self.markSent(id);
                sent++;
            } catch (MailDeliveryException e) {
                self.release(id);
                LOG.log(Level.WARNING, "Letter {0} not sent; it will be tried again: {1}", new Object[] {id, e.getMessage()});
            }
        }
        return sent;
    }

    @Transactional(TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<String> claim(String sender) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return em.createNativeQuery("UPDATE outbox_message SET claimed_by = ?1, claimed_at = ?2 WHERE id IN ("
                        + "SELECT id FROM outbox_message WHERE sent_at IS NULL AND (claimed_at IS NULL OR claimed_at < ?3)"
                        + " ORDER BY created_at LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED) RETURNING id")
                .setParameter(1, sender)
                .setParameter(2, now)
                .setParameter(3, now.minus(STALE_CLAIM))
                .getResultList();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public OutboxMessage load(String id) {
        return em.find(OutboxMessage.class, id);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void markSent(String id) {
        em.createNativeQuery("UPDATE outbox_message SET sent_at = ?2 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, OffsetDateTime.now(clock)).executeUpdate();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void release(String id) {
        em.createNativeQuery("UPDATE outbox_message SET claimed_by = NULL, claimed_at = NULL WHERE id = ?1 AND sent_at IS NULL")
                .setParameter(1, id).executeUpdate();
    }
}
