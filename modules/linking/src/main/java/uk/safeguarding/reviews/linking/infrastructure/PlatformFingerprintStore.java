package uk.safeguarding.reviews.linking.infrastructure;

import static uk.safeguarding.reviews.kernel.NativeRows.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import uk.safeguarding.reviews.linking.domain.FingerprintStore;

/** {@code platform.subject_fingerprint}, through the case data's connection, in the caller's transaction. */
@ApplicationScoped
public class PlatformFingerprintStore implements FingerprintStore {

    private static final String COLUMNS = "tenant, record_type, record_id, record_reference, fingerprint";

    @PersistenceContext(unitName = "cases")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Override
    public void record(String tenant, String recordType, String recordId, String reference,
            Collection<String> fingerprints) {
        for (String fingerprint : fingerprints) {
            em.createNativeQuery("INSERT INTO platform.subject_fingerprint (id, " + COLUMNS + ", recorded_at)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT DO NOTHING")
                    .setParameter(1, UUID.randomUUID().toString()).setParameter(2, tenant).setParameter(3, recordType)
                    .setParameter(4, recordId).setParameter(5, reference).setParameter(6, fingerprint)
                    .setParameter(7, OffsetDateTime.now(clock)).executeUpdate();
        }
    }

    @Override
    public List<Fingerprinted> ofBoard(String tenant) {
        return many(em.createNativeQuery("SELECT " + COLUMNS + " FROM platform.subject_fingerprint WHERE tenant = ?1")
                .setParameter(1, tenant));
    }

    @Override
    public List<Fingerprinted> matching(Collection<String> fingerprints, Collection<String> amongBoards) {
        if (fingerprints.isEmpty() || amongBoards.isEmpty()) {
            return List.of();
        }
        fingerprints.forEach(print -> {
            if (!print.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("Not a fingerprint");
            }
        });
        return many(em.createNativeQuery("SELECT " + COLUMNS + " FROM platform.subject_fingerprint"
                        + " WHERE fingerprint = ANY(CAST(?1 AS varchar[])) AND tenant = ANY(CAST(?2 AS varchar[]))")
                .setParameter(1, "{" + String.join(",", fingerprints) + "}")
                .setParameter(2, PlatformReviewLinkStore.arrayLiteral(amongBoards)));
    }

    @SuppressWarnings("unchecked")
    private static List<Fingerprinted> many(Query query) {
        return ((List<Object[]>) query.getResultList()).stream()
                .map(r -> new Fingerprinted(text(r[0]), text(r[1]), text(r[2]), text(r[3]), text(r[4]))).toList();
    }
}
