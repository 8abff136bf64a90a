package uk.safeguarding.reviews.linking.infrastructure;

import static uk.safeguarding.reviews.kernel.NativeRows.text;
import static uk.safeguarding.reviews.kernel.NativeRows.time;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import uk.safeguarding.reviews.linking.domain.Arrangement;
import uk.safeguarding.reviews.linking.domain.LinkSide;
import uk.safeguarding.reviews.linking.domain.LinkedKind;
import uk.safeguarding.reviews.linking.domain.ReviewLink;
import uk.safeguarding.reviews.linking.domain.ReviewLinkStore;
import uk.safeguarding.reviews.linking.domain.SharedItem;
import uk.safeguarding.reviews.tenancy.api.InterBoardProtocols;

/**
 * {@code platform.review_link} and {@code platform.board_protocol} through the case data's own
 * connection, so a link changes in the same transaction as the audit rows that record it. Every
 * statement names the platform schema and the boards asking.
 */
@ApplicationScoped
public class PlatformReviewLinkStore implements ReviewLinkStore {

    private static final String SIDE_COLUMNS = "%1$s_tenant, %1$s_review_id, %1$s_reference, %1$s_kind, %1$s_shares,"
            + " %1$s_agreed_by, %1$s_ended_by, %1$s_ended_at, %1$s_end_reason";
    private static final String COLUMNS = "id, arrangement, lead_side, created_by, created_at, "
            + String.format(SIDE_COLUMNS, "a") + ", " + String.format(SIDE_COLUMNS, "b") + ", b_owner";

    @PersistenceContext(unitName = "cases")
    private EntityManager em;

    @Resource(lookup = "jdbc/safeguarding")
    private DataSource platform;

    @Override
    public void add(ReviewLink link) {
        // Values that may be null are cast: a null binds without a type, and PostgreSQL will not guess one.
        Query insert = em.createNativeQuery("INSERT INTO platform.review_link (" + COLUMNS + ") VALUES (?1, ?2, ?3, ?4,"
                + " ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, CAST(?13 AS timestamptz), ?14, CAST(?15 AS varchar),"
                + " CAST(?16 AS varchar), ?17, ?18, ?19, ?20, ?21, CAST(?22 AS timestamptz), ?23, CAST(?24 AS varchar))");
        insert.setParameter(1, link.id()).setParameter(2, link.arrangement().name()).setParameter(3, link.lead().name())
                .setParameter(4, link.createdBy()).setParameter(5, link.createdAt());
        bindSide(insert, 6, link.a());
        bindSide(insert, 15, link.b());
        insert.setParameter(24, link.b().owner()).executeUpdate();
    }

    private static void bindSide(Query q, int from, LinkSide side) {
        q.setParameter(from, side.tenant()).setParameter(from + 1, side.reviewId()).setParameter(from + 2, side.reference())
                .setParameter(from + 3, side.kind().name()).setParameter(from + 4, SharedItem.store(side.shares()))
                .setParameter(from + 5, side.agreedBy()).setParameter(from + 6, side.endedBy())
                .setParameter(from + 7, side.endedAt()).setParameter(from + 8, side.endReason());
    }

    @Override
    public Optional<ReviewLink> lockForBoard(String id, String tenantSlug) {
        return many(em.createNativeQuery("SELECT " + COLUMNS + " FROM platform.review_link WHERE id = ?1"
                + " AND (a_tenant = ?2 OR b_tenant = ?2) FOR UPDATE").setParameter(1, id).setParameter(2, tenantSlug))
                .stream().findFirst();
    }

    @Override
    public List<ReviewLink> touching(Collection<String> tenantSlugs) {
        if (tenantSlugs.isEmpty()) {
            return List.of();
        }
        return many(em.createNativeQuery("SELECT " + COLUMNS + " FROM platform.review_link"
                + " WHERE a_tenant = ANY(CAST(?1 AS varchar[])) OR b_tenant = ANY(CAST(?1 AS varchar[]))"
                + " ORDER BY created_at, id").setParameter(1, arrayLiteral(tenantSlugs)));
    }

    @Override
    public List<ReviewLink> ofReview(String tenantSlug, String reviewId) {
        return many(em.createNativeQuery("SELECT " + COLUMNS + " FROM platform.review_link"
                + " WHERE (a_tenant = ?1 AND a_review_id = ?2) OR (b_tenant = ?1 AND b_review_id = ?2)"
                + " ORDER BY created_at, id").setParameter(1, tenantSlug).setParameter(2, reviewId));
    }

    @Override
    public void update(ReviewLink link) {
        em.createNativeQuery("UPDATE platform.review_link SET a_ended_by = ?2, a_ended_at = CAST(?3 AS timestamptz),"
                        + " a_end_reason = ?4, b_ended_by = ?5, b_ended_at = CAST(?6 AS timestamptz), b_end_reason = ?7,"
                        + " a_tenant = ?8, a_review_id = ?9, a_reference = ?10, b_tenant = CAST(?11 AS varchar),"
                        + " b_review_id = CAST(?12 AS varchar), b_reference = ?13 WHERE id = ?1")
                .setParameter(1, link.id()).setParameter(2, link.a().endedBy()).setParameter(3, link.a().endedAt())
                .setParameter(4, link.a().endReason()).setParameter(5, link.b().endedBy())
                .setParameter(6, link.b().endedAt()).setParameter(7, link.b().endReason())
                .setParameter(8, link.a().tenant()).setParameter(9, link.a().reviewId())
                .setParameter(10, link.a().reference()).setParameter(11, link.b().tenant())
                .setParameter(12, link.b().reviewId()).setParameter(13, link.b().reference()).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> protocolPartners(String tenantSlug) {
        return ((List<Object>) em.createNativeQuery("SELECT second_tenant FROM platform.board_protocol WHERE first_tenant = ?1"
                        + " UNION SELECT first_tenant FROM platform.board_protocol WHERE second_tenant = ?1")
                .setParameter(1, tenantSlug).getResultList()).stream().map(Object::toString).sorted().toList();
    }

    @Override
    public void agreeProtocol(String first, String second) {
        String[] pair = inOrder(first, second);
        em.createNativeQuery("INSERT INTO platform.board_protocol (first_tenant, second_tenant, agreed_at)"
                + " VALUES (?1, ?2, now()) ON CONFLICT DO NOTHING").setParameter(1, pair[0]).setParameter(2, pair[1])
                .executeUpdate();
    }

    @Override
    public boolean endProtocol(String first, String second) {
        String[] pair = inOrder(first, second);
        return em.createNativeQuery("DELETE FROM platform.board_protocol WHERE first_tenant = ?1 AND second_tenant = ?2")
                .setParameter(1, pair[0]).setParameter(2, pair[1]).executeUpdate() > 0;
    }

    /** A protocol's row names its boards in order (the table checks it), whichever was named first. */
    private static String[] inOrder(String first, String second) {
        return first.compareTo(second) < 0 ? new String[] {first, second} : new String[] {second, first};
    }

    @Override
    public List<InterBoardProtocols.Protocol> protocols() {
        // The platform's own connection: the platform's pages run in no board's context.
        try (Connection c = platform.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT first_tenant,"
                + " second_tenant, agreed_at FROM platform.board_protocol ORDER BY first_tenant, second_tenant");
                ResultSet rs = ps.executeQuery()) {
            List<InterBoardProtocols.Protocol> protocols = new java.util.ArrayList<>();
            while (rs.next()) {
                protocols.add(new InterBoardProtocols.Protocol(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class)));
            }
            return protocols;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the inter-board protocols", e);
        }
    }

    /** Slugs are validated names ([a-z0-9-]), so a literal of them needs no quoting. */
    static String arrayLiteral(Collection<String> values) {
        values.forEach(value -> {
            if (!value.matches("[a-z0-9-]+")) {
                throw new IllegalArgumentException("Not a board name: " + value);
            }
        });
        return "{" + String.join(",", values) + "}";
    }

    @SuppressWarnings("unchecked")
    private static List<ReviewLink> many(Query query) {
        return ((List<Object[]>) query.getResultList()).stream().map(PlatformReviewLinkStore::row).toList();
    }

    private static ReviewLink row(Object[] r) {
        LinkSide a = side(r, 5, null);
        LinkSide b = side(r, 14, text(r[23]));
        return new ReviewLink(text(r[0]), Arrangement.valueOf(text(r[1])), ReviewLink.Side.valueOf(text(r[2])),
                text(r[3]), time(r[4]), a, b);
    }

    private static LinkSide side(Object[] r, int from, String owner) {
        OffsetDateTime endedAt = time(r[from + 7]);
        return new LinkSide(text(r[from]), text(r[from + 1]), text(r[from + 2]), LinkedKind.valueOf(text(r[from + 3])),
                owner, SharedItem.parse(text(r[from + 4])), text(r[from + 5]), text(r[from + 6]), endedAt,
                text(r[from + 8]));
    }
}
