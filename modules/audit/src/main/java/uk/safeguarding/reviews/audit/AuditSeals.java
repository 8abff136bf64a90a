package uk.safeguarding.reviews.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Seals and verifies one partnership's audit trail over plain JDBC, in the caller's transaction, so
 * the server and the operators' {@code bin/tenants verify-audit} share one implementation.
 *
 * <p>Rows are sealed after they commit, in the order they are found, by whichever server (or
 * command) gets the partnership's advisory lock: a row's position in the chain is its seal's, not
 * its insertion's, so transactions that commit out of order never fork the chain. Every statement
 * names the tenant's schema, so no connection's search path is relied on or changed.
 */
public final class AuditSeals {

    /** Generated schema names only (the platform's tenant table enforces the same pattern). */
    private static final Pattern SCHEMA = Pattern.compile("^tenant_[a-z][a-z0-9_]*$");

    /** A row committed this long after a later one was sealed would be missed by the quick sweep. */
    private static final String RECENT_WINDOW = "1 day";

    private final String schema;

    public AuditSeals(String schemaName) {
        if (schemaName == null || !SCHEMA.matcher(schemaName).matches()) {
            throw new IllegalArgumentException("Not a tenant schema: " + schemaName);
        }
        this.schema = schemaName;
    }

    /**
     * Seals up to {@code limit} committed rows that have no seal yet. The quick sweep looks only at
     * rows from a day before the last sealed one onwards (an index range, however long the trail);
     * the full sweep, run before each verification, looks at every row.
     */
    public int sealPending(Connection connection, OffsetDateTime now, int limit, boolean full) throws SQLException {
        lock(connection);
        long position = 0;
        String previous = AuditChain.GENESIS;
        OffsetDateTime lastSealedAt = null;
        try (PreparedStatement head = connection.prepareStatement("SELECT s.position, s.row_hash, e.occurred_at FROM "
                + schema + ".audit_seal s LEFT JOIN " + schema + ".audit_event e ON e.id = s.event_id"
                + " ORDER BY s.position DESC LIMIT 1");
                ResultSet rs = head.executeQuery()) {
            if (rs.next()) {
                position = rs.getLong(1);
                previous = rs.getString(2);
                lastSealedAt = rs.getObject(3, OffsetDateTime.class);
            }
        }
        String window = full || lastSealedAt == null ? "" : " AND e.occurred_at >= ?::timestamptz - interval '" + RECENT_WINDOW + "'";
        List<AuditChain.Row> pending = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_ROW + " FROM " + schema + ".audit_event e"
                + " WHERE NOT EXISTS (SELECT 1 FROM " + schema + ".audit_seal s WHERE s.event_id = e.id)" + window
                + " ORDER BY e.occurred_at, e.id LIMIT ?")) {
            int index = 1;
            if (!window.isEmpty()) {
                select.setObject(index++, lastSealedAt);
            }
            select.setInt(index, limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    pending.add(row(rs, 1));
                }
            }
        }
        if (pending.isEmpty()) {
            return 0;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + schema + ".audit_seal"
                + " (position, event_id, previous_hash, row_hash, sealed_at) VALUES (?, ?, ?, ?, ?)")) {
            for (AuditChain.Row row : pending) {
                position++;
                String hash = AuditChain.seal(position, row, previous);
                insert.setLong(1, position);
                insert.setString(2, row.id());
                insert.setString(3, previous);
                insert.setString(4, hash);
                insert.setObject(5, now);
                insert.addBatch();
                previous = hash;
            }
            insert.executeBatch();
        }
        return pending.size();
    }

    /** Seals everything waiting, however old, in batches. */
    public long sealAll(Connection connection, OffsetDateTime now) throws SQLException {
        long sealed = 0;
        int batch;
        do {
            batch = sealPending(connection, now, 5_000, true);
            sealed += batch;
        } while (batch > 0);
        return sealed;
    }

    /**
     * Walks the whole chain from its first seal and reports the first link that does not hold: a
     * row changed since it was sealed, a sealed row gone, a seal changed, a position missing.
     */
    public ChainCheck verify(Connection connection, OffsetDateTime now, String verifiedBy) throws SQLException {
        long expectedPosition = 1;
        String previous = AuditChain.GENESIS;
        Optional<ChainCheck.Break> firstBreak = Optional.empty();
        long checked = 0;
        try (PreparedStatement walk = connection.prepareStatement("SELECT s.position, s.event_id, s.previous_hash,"
                + " s.row_hash, e.id, " + ROW_COLUMNS + " FROM " + schema + ".audit_seal s LEFT JOIN " + schema
                + ".audit_event e ON e.id = s.event_id ORDER BY s.position")) {
            walk.setFetchSize(2_000);
            try (ResultSet rs = walk.executeQuery()) {
                while (rs.next() && firstBreak.isEmpty()) {
                    checked++;
                    long position = rs.getLong(1);
                    String eventId = rs.getString(2);
                    String previousHash = rs.getString(3);
                    String rowHash = rs.getString(4);
                    boolean rowPresent = rs.getString(5) != null;
                    AuditChain.Row row = rowPresent ? row(rs, 5) : null;
                    String problem = null;
                    if (position != expectedPosition) {
                        problem = "seal " + expectedPosition + " is missing: the chain jumps to " + position;
                    } else if (!previousHash.equals(previous)) {
                        problem = "its seal does not follow the seal before it";
                    } else if (row == null) {
                        problem = "the sealed row has been deleted";
                    } else if (!AuditChain.seal(position, row, previousHash).equals(rowHash)) {
                        problem = "the row has been changed since it was sealed";
                    }
                    if (problem != null) {
                        firstBreak = Optional.of(new ChainCheck.Break(position, eventId,
                                row == null ? null : row.occurredAt(), row == null ? null : row.actor(), problem));
                    }
                    expectedPosition = position + 1;
                    previous = rowHash;
                }
            }
        }
        return new ChainCheck(now, verifiedBy, checked, unsealed(connection), firstBreak);
    }

    /**
     * What the server's check and {@code bin/tenants verify-audit} both do: seal everything waiting,
     * walk the whole chain, and keep what was found.
     */
    public ChainCheck sealVerifyAndRecord(Connection connection, OffsetDateTime now, String verifiedBy)
            throws SQLException {
        sealAll(connection, now);
        ChainCheck check = verify(connection, now, verifiedBy);
        record(connection, check);
        return check;
    }

    /** Keeps the outcome of a verification, so the trail says when it was last checked and what was found. */
    public void record(Connection connection, ChainCheck check) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + schema + ".audit_verification"
                + " (id, verified_at, verified_by, sealed_rows, unsealed_rows, broken_position, broken_event_id, problem)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setObject(2, check.verifiedAt());
            insert.setString(3, check.verifiedBy());
            insert.setLong(4, check.sealedRows());
            insert.setLong(5, check.unsealedRows());
            insert.setObject(6, check.firstBreak().map(ChainCheck.Break::position).orElse(null));
            insert.setString(7, check.firstBreak().map(ChainCheck.Break::eventId).orElse(null));
            insert.setString(8, check.firstBreak().map(ChainCheck.Break::problem).orElse(null));
            insert.executeUpdate();
        }
    }

    /** The latest recorded verification, if the trail was ever verified. */
    public Optional<ChainCheck> latest(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT v.verified_at, v.verified_by, v.sealed_rows,"
                + " v.unsealed_rows, v.broken_position, v.broken_event_id, v.problem, e.occurred_at, e.actor FROM "
                + schema + ".audit_verification v LEFT JOIN " + schema + ".audit_event e ON e.id = v.broken_event_id"
                + " ORDER BY v.verified_at DESC LIMIT 1");
                ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            Optional<ChainCheck.Break> broken = rs.getObject(5) == null ? Optional.empty()
                    : Optional.of(new ChainCheck.Break(rs.getLong(5), rs.getString(6),
                            rs.getObject(8, OffsetDateTime.class), rs.getString(9), rs.getString(7)));
            return Optional.of(new ChainCheck(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getLong(3),
                    rs.getLong(4), broken));
        }
    }

    private long unsealed(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM " + schema + ".audit_event e"
                + " WHERE NOT EXISTS (SELECT 1 FROM " + schema + ".audit_seal s WHERE s.event_id = e.id)");
                ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** One sealer per partnership at a time, across servers and the command line, until the transaction ends. */
    private void lock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, "audit_seal:" + schema);
            lock.executeQuery().close();
        }
    }

    private static final String ROW_COLUMNS = "e.occurred_at, e.tenant_slug, e.actor, e.action, e.record_type,"
            + " e.record_id, e.outcome, e.detail";
    private static final String SELECT_ROW = "SELECT e.id, " + ROW_COLUMNS;

    /** Reads an audit row whose id is at column {@code first} and whose other columns follow as in ROW_COLUMNS. */
    private static AuditChain.Row row(ResultSet rs, int first) throws SQLException {
        return new AuditChain.Row(rs.getString(first), rs.getObject(first + 1, OffsetDateTime.class),
                rs.getString(first + 2), rs.getString(first + 3), rs.getString(first + 4), rs.getString(first + 5),
                rs.getString(first + 6), rs.getString(first + 7), rs.getString(first + 8));
    }
}
