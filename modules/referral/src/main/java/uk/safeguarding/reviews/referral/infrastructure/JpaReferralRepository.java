package uk.safeguarding.reviews.referral.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.safeguarding.reviews.kernel.NativeRows;
import uk.safeguarding.reviews.referral.domain.Attachment;
import uk.safeguarding.reviews.referral.domain.PanelOutcome;
import uk.safeguarding.reviews.referral.domain.ReferralKind;
import uk.safeguarding.reviews.referral.domain.AttachmentPolicy;
import uk.safeguarding.reviews.referral.domain.Referral;
import uk.safeguarding.reviews.referral.domain.ReferralRepository;
import uk.safeguarding.reviews.referral.domain.ReferralRepository.InboxQuery;
import uk.safeguarding.reviews.referral.domain.ReferralRepository.Order;
import uk.safeguarding.reviews.referral.domain.ReferralRow;
import uk.safeguarding.reviews.referral.domain.ReferralStatus;

/**
 * JPA repository. The tenant is not a parameter: the connection under this EntityManager is
 * already pointed at the current tenant's schema, and nowhere else has these tables.
 */
@ApplicationScoped
public class JpaReferralRepository implements ReferralRepository {

    @PersistenceContext(unitName = "cases")
    private EntityManager em;

    @Override
    public void add(Referral referral) {
        em.persist(referral);
    }

    @Override
    public void add(uk.safeguarding.reviews.referral.domain.RepeatJudgement judgement) {
        em.persist(judgement);
    }

    @Override
    public List<uk.safeguarding.reviews.referral.domain.RepeatJudgement> repeatJudgementsOf(
            java.util.Collection<String> referralIds) {
        if (referralIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT j FROM RepeatJudgement j WHERE j.referralId IN :ids ORDER BY j.judgedAt",
                uk.safeguarding.reviews.referral.domain.RepeatJudgement.class)
                .setParameter("ids", List.copyOf(referralIds)).getResultList();
    }

    @Override
    public Optional<Referral> find(String id) {
        return Optional.ofNullable(em.find(Referral.class, id));
    }

    @Override
    public List<Referral> findDrafts(int limit) {
        return em.createQuery("SELECT r FROM Referral r WHERE r.status = :status ORDER BY r.createdAt DESC",
                        Referral.class)
                .setParameter("status", ReferralStatus.DRAFT)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The partnership has received it: not a draft, and not with the referrer's agency for verification (§7.3). */
    private static final String RECEIVED = "r.status NOT IN :notYet";

    private static final List<ReferralStatus> NOT_YET_RECEIVED = List.of(ReferralStatus.DRAFT,
            ReferralStatus.AWAITING_VERIFICATION);

    private static final String ROW = "SELECT NEW uk.safeguarding.reviews.referral.domain.ReferralRow(r.id, r.reference,"
            + " r.status, r.outcome, r.submittedAt, r.incidentDate, r.summary, r.createdBy, r.createdAt) FROM Referral r ";

    @Override
    public List<ReferralRow> submittedRows(InboxQuery query, int offset, int limit) {
        String order = query.order() == Order.OLDEST ? " ORDER BY r.submittedAt, r.id" : " ORDER BY r.submittedAt DESC, r.id";
        return bound(em.createQuery(ROW + "WHERE " + received(query) + order, ReferralRow.class), query)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The inbox's condition: received here, then each narrowing the query asks for. */
    private static String received(InboxQuery query) {
        return RECEIVED + (query.status() == null ? "" : " AND r.status = :status")
                + (query.kind() == null ? "" : " AND r.kind = :kind")
                + (query.from() == null ? "" : " AND r.submittedAt >= :from")
                + (query.before() == null ? "" : " AND r.submittedAt < :before");
    }

    private static <T> jakarta.persistence.TypedQuery<T> bound(jakarta.persistence.TypedQuery<T> typed, InboxQuery query) {
        typed.setParameter("notYet", NOT_YET_RECEIVED);
        if (query.status() != null) {
            typed.setParameter("status", query.status());
        }
        if (query.kind() != null) {
            typed.setParameter("kind", query.kind());
        }
        if (query.from() != null) {
            typed.setParameter("from", query.from());
        }
        if (query.before() != null) {
            typed.setParameter("before", query.before());
        }
        return typed;
    }

    @Override
    public Optional<Integer> firstYearReceived() {
        java.time.OffsetDateTime first = em.createQuery("SELECT MIN(r.submittedAt) FROM Referral r WHERE " + RECEIVED,
                java.time.OffsetDateTime.class).setParameter("notYet", NOT_YET_RECEIVED).getSingleResult();
        return Optional.ofNullable(first).map(at -> at.atZoneSameInstant(java.time.ZoneId.of("Europe/London")).getYear());
    }

    @Override
    public List<ReferralRow> draftRows(String createdBy, int offset, int limit) {
        var query = em.createQuery(ROW + "WHERE r.status = :draft" + (createdBy == null ? "" : " AND r.createdBy = :me")
                        + " ORDER BY r.createdAt DESC, r.id", ReferralRow.class)
                .setParameter("draft", ReferralStatus.DRAFT)
                .setFirstResult(offset)
                .setMaxResults(limit);
        return (createdBy == null ? query : query.setParameter("me", createdBy)).getResultList();
    }

    @Override
    public long countDrafts(String createdBy) {
        var query = em.createQuery("SELECT COUNT(r) FROM Referral r WHERE r.status = :draft"
                + (createdBy == null ? "" : " AND r.createdBy = :me"), Long.class)
                .setParameter("draft", ReferralStatus.DRAFT);
        return (createdBy == null ? query : query.setParameter("me", createdBy)).getSingleResult();
    }

    @Override
    public List<ReferralRow> rowsInStatus(ReferralStatus status, int limit) {
        return em.createQuery(ROW + "WHERE r.status = :status ORDER BY r.submittedAt, r.id", ReferralRow.class)
                .setParameter("status", status).setMaxResults(limit).getResultList();
    }

    @Override
    public List<ReferralRow> search(String pattern, String initials, Visibility visibility, int limit) {
        List<String> seen = new java.util.ArrayList<>();
        if (visibility.all()) {
            seen.add("1 = 1");
        }
        if (visibility.received()) {
            seen.add(RECEIVED);
        }
        if (visibility.referrer() != null) {
            seen.add("r.createdBy = :me");
        }
        if (visibility.verifier() != null) {
            seen.add("LOWER(r.verifier) = LOWER(:verifier)");
        }
        var query = em.createQuery(ROW + "WHERE (LOWER(r.reference) LIKE :pattern ESCAPE '\\' OR EXISTS (SELECT c.id"
                + " FROM ReferralChild c WHERE c.referral = r AND UPPER(c.initials) = :initials)) AND ("
                + String.join(" OR ", seen) + ") ORDER BY r.createdAt DESC, r.id", ReferralRow.class)
                .setParameter("pattern", pattern).setParameter("initials", initials).setMaxResults(limit);
        if (visibility.received()) {
            query.setParameter("notYet", NOT_YET_RECEIVED);
        }
        if (visibility.referrer() != null) {
            query.setParameter("me", visibility.referrer());
        }
        if (visibility.verifier() != null) {
            query.setParameter("verifier", visibility.verifier());
        }
        return query.getResultList();
    }

    @Override
    public List<ReferralRow> awaitingVerificationBy(String verifier, int limit) {
        return em.createQuery(ROW + "WHERE r.status = :awaiting AND LOWER(r.verifier) = LOWER(:verifier)"
                + " ORDER BY r.verificationAskedAt, r.id", ReferralRow.class)
                .setParameter("awaiting", ReferralStatus.AWAITING_VERIFICATION).setParameter("verifier", verifier)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<ReferralRow> disputedAwaitingAdviser(int limit) {
        return em.createQuery(ROW + "WHERE r.status = :disputed AND r.adviserView IS NULL ORDER BY r.submittedAt, r.id",
                ReferralRow.class).setParameter("disputed", ReferralStatus.DISPUTED).setMaxResults(limit).getResultList();
    }

    @Override
    public List<ReferralRow> awaitingVoteOf(String member, int limit) {
        return em.createQuery(ROW + "WHERE r.status = :panel AND NOT EXISTS (SELECT r2.id FROM Referral r2 JOIN r2.votes v"
                + " WHERE r2.id = r.id AND v.member = :member) ORDER BY r.submittedAt, r.id", ReferralRow.class)
                .setParameter("panel", ReferralStatus.WITH_PANEL).setParameter("member", member).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<ReferralRow> returnedTo(String username, int limit) {
        return em.createQuery(ROW + "WHERE r.status = :returned AND r.createdBy = :me AND r.outsideSource IS NULL"
                + " ORDER BY r.updatedAt, r.id",
                ReferralRow.class).setParameter("returned", ReferralStatus.RETURNED).setParameter("me", username)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<ReferralRow> returnedKeyedIn(int limit) {
        return em.createQuery(ROW + "WHERE r.status = :returned AND r.outsideSource IS NOT NULL ORDER BY r.updatedAt,"
                + " r.id", ReferralRow.class).setParameter("returned", ReferralStatus.RETURNED).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countSubmitted(InboxQuery query) {
        return bound(em.createQuery("SELECT COUNT(r) FROM Referral r WHERE " + received(query), Long.class), query)
                .getSingleResult();
    }

    @Override
    public List<ReferralRow> rowsOfReferrer(String username, int offset, int limit) {
        return em.createQuery(ROW + "WHERE r.createdBy = :me ORDER BY r.updatedAt DESC, r.id", ReferralRow.class)
                .setParameter("me", username)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countOfReferrer(String username) {
        return em.createQuery("SELECT COUNT(r) FROM Referral r WHERE r.createdBy = :me", Long.class)
                .setParameter("me", username)
                .getSingleResult();
    }

    @Override
    public Map<String, List<String>> childInitials(Collection<String> referralIds) {
        Map<String, List<String>> initials = new HashMap<>();
        if (referralIds.isEmpty()) {
            return initials;
        }
        em.createQuery("SELECT c.referral.id, c.initials FROM ReferralChild c WHERE c.referral.id IN :ids"
                        + " ORDER BY c.referral.id, c.position", Object[].class)
                .setParameter("ids", List.copyOf(referralIds))
                .getResultList()
                .forEach(row -> initials.computeIfAbsent((String) row[0], id -> new ArrayList<>()).add((String) row[1]));
        return initials;
    }

    @Override
    public long nextReferenceNumber() {
        // The sequence is in the tenant's own schema: references count per partnership.
        return ((Number) em.createNativeQuery("SELECT nextval('referral_reference_seq')").getSingleResult()).longValue();
    }

    @Override
    public List<ReceivedReferral> receivedBetween(java.time.OffsetDateTime from, java.time.OffsetDateTime to) {
        // The referrer's agency is read by PostgreSQL from the stored form: a year's referrals are not parsed here.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.id, r.reference, r.kind, r.outcome, f.first_at,"
                        + " jsonb_extract_path_text(CAST(NULLIF(r.content_json, '') AS jsonb), 'referrer', 'agency')"
                        + " FROM referral r JOIN (SELECT referral_id, MIN(submitted_at) AS first_at"
                        + " FROM referral_submission GROUP BY referral_id) f ON f.referral_id = r.id"
                        + " WHERE r.status NOT IN ('DRAFT', 'AWAITING_VERIFICATION', 'HANDED_OVER')"
                        + " AND f.first_at >= ?1 AND f.first_at < ?2 ORDER BY f.first_at, r.id")
                .setParameter(1, from).setParameter(2, to).getResultList();
        return rows.stream().map(row -> new ReceivedReferral(NativeRows.text(row[0]), NativeRows.text(row[1]),
                ReferralKind.valueOf(NativeRows.text(row[2])),
                row[3] == null ? null : PanelOutcome.valueOf(NativeRows.text(row[3])), NativeRows.time(row[4]),
                NativeRows.text(row[5]))).toList();
    }

    @Override
    public void add(Attachment attachment) {
        em.persist(attachment);
    }

    @Override
    public List<Attachment> attachmentsOf(String referralId) {
        return em.createQuery("SELECT a FROM Attachment a WHERE a.referralId = :id ORDER BY a.uploadedAt", Attachment.class)
                .setParameter("id", referralId)
                .getResultList();
    }

    @Override
    public Optional<Attachment> attachment(String id) {
        return Optional.ofNullable(em.find(Attachment.class, id));
    }

    @Override
    public void remove(Attachment attachment) {
        em.remove(attachment);
    }

    @Override
    public AttachmentPolicy attachmentPolicy() {
        AttachmentPolicy policy = em.find(AttachmentPolicy.class, 1);
        if (policy == null) {
            policy = AttachmentPolicy.defaults();
            em.persist(policy);
        }
        return policy;
    }
}
