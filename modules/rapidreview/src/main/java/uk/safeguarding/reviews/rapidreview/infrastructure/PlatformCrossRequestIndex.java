package uk.safeguarding.reviews.rapidreview.infrastructure;

import static uk.safeguarding.reviews.kernel.NativeRows.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;
import uk.safeguarding.reviews.rapidreview.domain.CrossRequestIndex;

/** {@code platform.cross_request} through the case data's connection, in the sending transaction. */
@ApplicationScoped
public class PlatformCrossRequestIndex implements CrossRequestIndex {

    private static final String COLUMNS = "request_id, from_tenant, to_tenant, review_reference, agency_id, agency_name,"
            + " contacts, sent_at";

    @PersistenceContext(unitName = "cases")
    private EntityManager em;

    @Override
    public void add(Entry entry) {
        em.createNativeQuery("INSERT INTO platform.cross_request (" + COLUMNS + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, entry.requestId()).setParameter(2, entry.fromTenant()).setParameter(3, entry.toTenant())
                .setParameter(4, entry.reviewReference()).setParameter(5, entry.agencyId())
                .setParameter(6, entry.agencyName()).setParameter(7, String.join(",", entry.contacts()))
                .setParameter(8, entry.sentAt()).executeUpdate();
    }

    @Override
    public List<Entry> toContact(String toTenant, String username) {
        return many(em.createNativeQuery("SELECT " + COLUMNS + " FROM platform.cross_request WHERE to_tenant = ?1"
                + " AND ?2 = ANY(string_to_array(contacts, ',')) ORDER BY sent_at DESC")
                .setParameter(1, toTenant).setParameter(2, username));
    }

    @Override
    public Optional<Entry> find(String requestId, String fromTenant, String toTenant) {
        return many(em.createNativeQuery("SELECT " + COLUMNS + " FROM platform.cross_request WHERE request_id = ?1"
                + " AND from_tenant = ?2 AND to_tenant = ?3").setParameter(1, requestId).setParameter(2, fromTenant)
                .setParameter(3, toTenant)).stream().findFirst();
    }

    @Override
    public void removeFrom(String fromTenant, java.util.Collection<String> requestIds) {
        for (String requestId : requestIds) {
            em.createNativeQuery("DELETE FROM platform.cross_request WHERE from_tenant = ?1 AND request_id = ?2")
                    .setParameter(1, fromTenant).setParameter(2, requestId).executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Entry> many(Query query) {
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new Entry(r[0].toString(), r[1].toString(),
                r[2].toString(), r[3].toString(), r[4].toString(), r[5].toString(), List.of(r[6].toString().split(",")),
                time(r[7]))).toList();
    }
}
