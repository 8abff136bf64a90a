package uk.safeguarding.reviews.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.tenancy.infrastructure.TenantCli;

/**
 * The audit trail as evidence (issue 18), through the operators' {@code bin/tenants verify-audit}
 * against a real, freshly created PostgreSQL database: rows are sealed and verified, and a row
 * changed, a row deleted or a seal rewritten directly in the database (as only someone with the
 * database's owner rights could) is named by the verification.
 */
class AuditChainCliIT {

    private static final String DATABASE = "safeguarding_audit_chain_it";
    private static final String HOST = System.getProperty("it.db.host", "127.0.0.1");
    private static final Map<String, String> ENV = Map.of("SG_DB_HOST", HOST, "SG_DB_NAME", DATABASE);
    private static final OffsetDateTime MORNING = OffsetDateTime.of(2026, 12, 2, 9, 0, 0, 0, ZoneOffset.UTC);

    @BeforeAll
    static void freshDatabaseWithTwoPartnerships() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        admin("CREATE DATABASE " + DATABASE);
        for (String slug : List.of("eastmarsh", "westholm")) {
            Result provisioned = cli("provision", slug, slug + " partnership", "CHILDREN_SAFEGUARDING_PARTNERSHIP");
            assertEquals(0, provisioned.status, provisioned.err);
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
    }

    @Test
    void rowsAreSealedInOrderAndTheChainHolds() throws SQLException {
        List<String> rows = writeRows("eastmarsh", 3);

        Result check = cli("verify-audit", "eastmarsh");

        assertEquals(0, check.status, check.out + check.err);
        assertTrue(check.out.contains("eastmarsh\tintact: 3 rows sealed, 0 waiting"), check.out);
        assertEquals(List.of(1L, 2L, 3L), positionsOf("eastmarsh", rows));
        assertEquals(1, count("SELECT count(*) FROM tenant_eastmarsh.audit_verification WHERE broken_position IS NULL"
                + " AND verified_by = 'bin/tenants verify-audit'"));
        // Rows written since are sealed after the others on the next run.
        List<String> later = writeRows("eastmarsh", 2);
        assertEquals(0, cli("verify-audit", "eastmarsh").status);
        assertEquals(List.of(4L, 5L), positionsOf("eastmarsh", later));
    }

    @Test
    void aRowChangedInTheDatabaseIsNamedAndTheOtherPartnershipIsUntouched() throws SQLException {
        List<String> rows = writeRows("westholm", 4);
        assertEquals(0, cli("verify-audit", "westholm").status);

        tamper("tenant_westholm", "UPDATE tenant_westholm.audit_event SET detail = 'nothing happened' WHERE id = '"
                + rows.get(2) + "'");
        Result check = cli("verify-audit");

        assertEquals(1, check.status, "a broken chain fails the command");
        long position = positionsOf("westholm", List.of(rows.get(2))).get(0);
        assertTrue(check.out.contains("westholm\tBROKEN at seal " + position + " (audit row " + rows.get(2)
                + "): the row has been changed since it was sealed"), check.out);
        assertTrue(check.out.contains("eastmarsh\tintact"), "another partnership's chain is checked on its own: " + check.out);
        assertEquals(1, count("SELECT count(*) FROM tenant_westholm.audit_verification WHERE broken_event_id = '"
                + rows.get(2) + "'"));
    }

    @Test
    void aDeletedRowAndARewrittenSealAreNamedToo() throws SQLException {
        cli("provision", "northfen", "northfen partnership", "SAFEGUARDING_ADULTS_BOARD");
        List<String> rows = writeRows("northfen", 3);
        assertEquals(0, cli("verify-audit", "northfen").status);
        tamper("tenant_northfen", "DELETE FROM tenant_northfen.audit_event WHERE id = '" + rows.get(0) + "'");

        Result deleted = cli("verify-audit", "northfen");
        assertEquals(1, deleted.status);
        assertTrue(deleted.out.contains("BROKEN at seal 1 (audit row " + rows.get(0) + "): the sealed row has been deleted"),
                deleted.out);

        cli("provision", "southfen", "southfen partnership", "SAFEGUARDING_ADULTS_BOARD");
        List<String> others = writeRows("southfen", 3);
        assertEquals(0, cli("verify-audit", "southfen").status);
        tamper("tenant_southfen", "UPDATE tenant_southfen.audit_seal SET row_hash = repeat('a', 64) WHERE position = 2");
        Result rewritten = cli("verify-audit", "southfen");
        assertEquals(1, rewritten.status);
        assertTrue(rewritten.out.contains("(audit row " + others.get(1) + "): the row has been changed since it was sealed"),
                rewritten.out);
    }

    @Test
    void theDatabaseRefusesToChangeSealsOrRowsWithItsTriggersOn() throws SQLException {
        cli("provision", "westfen", "westfen partnership", "COMMUNITY_SAFETY_PARTNERSHIP");
        List<String> rows = writeRows("westfen", 1);
        assertEquals(0, cli("verify-audit", "westfen").status);
        assertThrows(SQLException.class, () -> execute("UPDATE tenant_westfen.audit_event SET detail = 'x' WHERE id = '"
                + rows.get(0) + "'"));
        assertThrows(SQLException.class, () -> execute("DELETE FROM tenant_westfen.audit_seal"));
        assertThrows(SQLException.class, () -> execute("DELETE FROM tenant_westfen.audit_verification"));
    }

    @Test
    void anUnknownPartnershipIsRefusedWithTheReason() {
        Result unknown = cli("verify-audit", "nowhere");
        assertEquals(2, unknown.status);
        assertTrue(unknown.err.contains("No partnership nowhere"), unknown.err);
        assertTrue(cli("help").err.contains("tenants verify-audit [SLUG]"), "the usage names the command");
    }

    /** Rows as the application writes them, a minute apart; returns their ids in order. */
    private static List<String> writeRows(String slug, int count) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = connect(); PreparedStatement insert = c.prepareStatement("INSERT INTO tenant_" + slug
                + ".audit_event (id, occurred_at, tenant_slug, actor, action, record_type, record_id, outcome, detail)"
                + " VALUES (?, ?, ?, 'nm.manager', 'UPDATE', 'referral', ?, 'ALLOWED', ?)")) {
            int already = count("SELECT count(*) FROM tenant_" + slug + ".audit_event");
            for (int i = 0; i < count; i++) {
                String id = UUID.randomUUID().toString();
                insert.setString(1, id);
                insert.setObject(2, MORNING.plusMinutes(already + i));
                insert.setString(3, slug);
                insert.setString(4, "referral-" + (already + i));
                insert.setString(5, "step " + (already + i));
                insert.executeUpdate();
                ids.add(id);
            }
        }
        return ids;
    }

    private static List<Long> positionsOf(String slug, List<String> eventIds) throws SQLException {
        List<Long> positions = new ArrayList<>();
        for (String id : eventIds) {
            positions.add((long) count("SELECT position FROM tenant_" + slug + ".audit_seal WHERE event_id = '" + id + "'"));
        }
        return positions;
    }

    /** What someone with the owner's rights could do: switch the guard off, change a row, switch it on. */
    private static void tamper(String schema, String change) throws SQLException {
        String table = change.contains("audit_seal") ? "audit_seal" : "audit_event";
        String trigger = table + "_append_only";
        execute("ALTER TABLE " + schema + "." + table + " DISABLE TRIGGER " + trigger);
        execute(change);
        execute("ALTER TABLE " + schema + "." + table + " ENABLE TRIGGER " + trigger);
    }

    private record Result(int status, String out, String err) {
    }

    private static Result cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = TenantCli.run(args, ENV, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":5432/" + DATABASE, "postgres", "");
    }

    private static int count(String sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":5432/postgres", "postgres", "");
                Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
