package uk.safeguarding.reviews.web.it;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import uk.safeguarding.reviews.kernel.ProductClock;
import uk.safeguarding.reviews.referral.domain.Referral;
import uk.safeguarding.reviews.referral.domain.ReferralRepository;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/** Stores referrals with chosen ids, which the service never lets a user pick. */
@ApplicationScoped
public class ReferralFixtures {

    /** The product's clock: bin/test --date moves it for this JVM and the test server alike. */
    private static final Clock CLOCK = ProductClock.configured();

    /** liberty/server.xml's db.pool.max. */
    private static final int POOL_SIZE = 20;

    @Inject
    private ReferralRepository referrals;

    @PersistenceContext(unitName = "cases")
    private EntityManager entities;

    // Unshared, so that each connection taken from the pool is a pooled connection of its own.
    @Resource(lookup = "jdbc/safeguarding", shareable = false)
    private DataSource pool;

    @Transactional
    public void storeDraft(String id, List<String> childInitials, String summary) {
        referrals.add(Referral.startDraft(id, childInitials, LocalDate.of(2026, 11, 2), summary,
                TenantContext.caller().username(), OffsetDateTime.now(CLOCK)));
    }

    /**
     * Stores a draft and fails, so that its transaction is rolled back; returns nothing, but tells
     * {@code backend} which PostgreSQL session held the work.
     */
    @Transactional
    public void storeDraftAndFail(String id, AtomicInteger backend) {
        storeDraft(id, List.of("RB"), "rolled back");
        entities.flush();
        backend.set(((Number) entities.createNativeQuery("SELECT pg_backend_pid()").getSingleResult()).intValue());
        throw new IllegalStateException("failed on purpose, after writing");
    }

    /**
     * The schema the pooled connection of PostgreSQL session {@code backend} points at, found by
     * taking free connections from the pool (each its own) until it comes; empty if the pool no
     * longer has it. Looked for three times, in case other work had it at that moment.
     */
    public Optional<String> schemaOfPooledConnection(int backend) throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<String> schema = schemaOfFreeConnection(backend);
            if (schema.isPresent()) {
                return schema;
            }
            Thread.sleep(500);
        }
        return Optional.empty();
    }

    private Optional<String> schemaOfFreeConnection(int backend) throws SQLException {
        List<Connection> taken = new ArrayList<>();
        try {
            for (int i = 0; i < POOL_SIZE; i++) {
                Connection connection;
                try {
                    connection = pool.getConnection();
                } catch (SQLException poolExhausted) {
                    return Optional.empty();
                }
                taken.add(connection);
                try (Statement statement = connection.createStatement();
                        ResultSet row = statement.executeQuery("SELECT pg_backend_pid(), current_schema()")) {
                    row.next();
                    if (row.getInt(1) == backend) {
                        return Optional.of(String.valueOf(row.getString(2)));
                    }
                }
            }
            return Optional.empty();
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
        }
    }

    @Transactional
    public List<Referral> allDraftsWithChildren() {
        List<Referral> drafts = referrals.findDrafts(10_000);
        drafts.forEach(r -> r.children().size());
        return drafts;
    }
}
