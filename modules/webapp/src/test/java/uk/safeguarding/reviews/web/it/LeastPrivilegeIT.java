package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;

/**
 * Least privilege (issue 18), against the real database roles: the application's own login (the
 * pooled data source every request uses) is not a superuser and owns nothing, so it cannot truncate,
 * change or delete the audit trail, switch its guard off, or change any table's shape; it can only
 * add to the trail and read it. Before, it connected as postgres and TRUNCATE succeeded.
 */
@ExtendWith(ArquillianExtension.class)
class LeastPrivilegeIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestHelpers();
    }

    @Inject
    private TestTenants tenants;

    @Resource(lookup = "jdbc/safeguarding")
    private DataSource application;

    @Resource(lookup = "jdbc/safeguardingMigrations")
    private DataSource owner;

    @Test
    void theApplicationsRoleIsNoSuperuserAndOwnsNothing() throws SQLException {
        String role = single(application, "SELECT current_user");
        assertNotEquals(single(owner, "SELECT current_user"), role, "requests and migrations use different roles");
        assertEquals("false", single(application, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user"));
        assertEquals("false", single(owner, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user"));
        assertEquals("0", single(application, "SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner"
                + " WHERE r.rolname = current_user"), "it owns no table, sequence or index");
        assertEquals("0", single(application, "SELECT count(*) FROM pg_namespace n JOIN pg_roles r ON r.oid = n.nspowner"
                + " WHERE r.rolname = current_user"), "nor any schema");
    }

    @Test
    void theApplicationsRoleCanOnlyAddToTheAuditTrailAndReadIt() throws SQLException {
        ActiveTenant tenant = tenants.provision("it-least-privilege");
        String table = tenant.schemaName() + ".audit_event";
        String id = UUID.randomUUID().toString();
        execute(application, "INSERT INTO " + table + " (id, occurred_at, tenant_slug, actor, action, record_type,"
                + " outcome) VALUES ('" + id + "', now(), '" + tenant.slug() + "', 'it', 'VIEW', 'it', 'ALLOWED')");
        assertEquals("1", single(application, "SELECT count(*) FROM " + table + " WHERE id = '" + id + "'"));

        for (String attempt : List.of("TRUNCATE " + table,
                "UPDATE " + table + " SET detail = 'x' WHERE id = '" + id + "'",
                "DELETE FROM " + table + " WHERE id = '" + id + "'",
                "ALTER TABLE " + table + " DISABLE TRIGGER audit_event_append_only",
                "DROP TRIGGER audit_event_append_only ON " + table,
                "DELETE FROM " + tenant.schemaName() + ".audit_seal",
                "TRUNCATE " + tenant.schemaName() + ".audit_verification",
                "UPDATE " + tenant.schemaName() + ".databasechangelog SET author = 'x'",
                "CREATE TABLE " + tenant.schemaName() + ".intruder (id int)",
                "ALTER TABLE " + tenant.schemaName() + ".referral ADD COLUMN intruder int",
                "CREATE SCHEMA intruder")) {
            SQLException refused = assertThrows(SQLException.class, () -> execute(application, attempt), attempt);
            assertTrue(refused.getMessage().contains("permission denied") || refused.getMessage().contains("must be owner"),
                    attempt + ": " + refused.getMessage());
        }
        assertEquals("1", single(application, "SELECT count(*) FROM " + table + " WHERE id = '" + id + "'"),
                "the row is still there, unchanged");
        assertFalse(single(owner, "SELECT tgenabled FROM pg_trigger WHERE tgname = 'audit_event_append_only' AND tgrelid = '"
                + table + "'::regclass").equals("D"), "and its guard is on");
    }

    private static void execute(DataSource source, String sql) throws SQLException {
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String single(DataSource source, String sql) throws SQLException {
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
