package uk.safeguarding.reviews.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * The current partnership's audit trail as evidence (issue 18): rows are sealed into a hash chain
 * shortly after they commit, and the chain can be verified on demand by the business manager or an
 * auditor, and is verified daily by the platform. Every verification is kept and audited.
 */
@ApplicationScoped
public class AuditChainService {

    private static final Logger LOG = Logger.getLogger(AuditChainService.class.getName());

    static final String RECORD_TYPE = "audit-trail";

    /** Rows a scheduled sweep seals at most; the next sweep takes the rest. */
    private static final int SWEEP_LIMIT = 5_000;

    /** How old the last verification may be before the daily one is due. */
    static final Duration DAILY = Duration.ofHours(23);

    @Resource(lookup = "jdbc/safeguarding")
    private DataSource database;

    @Inject
    private Clock clock;

    @Inject
    private RoleGate roles;

    @Inject
    private AuditTrail audit;

    /** Seals what was committed since the last sweep (scheduled work, as the system). */
    @Transactional(TxType.REQUIRES_NEW)
    public int sealPending() {
        return withConnection(c -> seals().sealPending(c, OffsetDateTime.now(clock), SWEEP_LIMIT, false));
    }

    /** Seals everything waiting, then walks the whole chain; the outcome is kept and the act audited. */
    @Transactional(TxType.REQUIRES_NEW)
    public ChainCheck verifyNow() {
        roles.require(AuditAction.VIEW, RECORD_TYPE, null, Role.BUSINESS_MANAGER, Role.AUDITOR);
        return verify(TenantContext.caller().username());
    }

    /**
     * The daily verification (scheduled, as the system): runs if the last is more than a day old, and
     * tells the platform's operators at once when a chain is broken.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<ChainCheck> verifyIfDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<ChainCheck> last = withConnection(c -> seals().latest(c));
        if (last.isPresent() && last.get().verifiedAt().plus(DAILY).isAfter(now)) {
            return Optional.empty();
        }
        ChainCheck check = verify("system (daily check)");
        check.firstBreak().ifPresent(broken -> LOG.severe(() -> "The audit trail of "
                + TenantContext.tenant().slug() + " is broken at seal " + broken.position() + " (audit row "
                + broken.eventId() + "): " + broken.problem()));
        return Optional.of(check);
    }

    /** The latest verification of this partnership's trail, for the business manager and auditors. */
    @Transactional(TxType.REQUIRED)
    public Optional<ChainCheck> latest() {
        roles.require(AuditAction.VIEW, RECORD_TYPE, null, Role.BUSINESS_MANAGER, Role.AUDITOR);
        return withConnection(c -> seals().latest(c));
    }

    private ChainCheck verify(String by) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        ChainCheck check = withConnection(c -> seals().sealVerifyAndRecord(c, now, by));
        audit.allowed(AuditAction.VIEW, RECORD_TYPE, null, check.firstBreak()
                .map(b -> "verified the seals: broken at seal " + b.position() + " (" + b.problem() + ")")
                .orElse("verified the seals: " + check.sealedRows() + " rows intact"));
        return check;
    }

    private AuditSeals seals() {
        return new AuditSeals(TenantContext.tenant().schemaName());
    }

    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    /** A connection of the current JTA transaction: its statements commit or roll back with it. */
    private <T> T withConnection(Work<T> work) {
        try (Connection connection = database.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read or seal the audit trail of "
                    + TenantContext.tenant().slug(), e);
        }
    }
}
