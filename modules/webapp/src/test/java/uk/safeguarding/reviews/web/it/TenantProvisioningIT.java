package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguarding.reviews.tenancy.application.TenantAdministration;
import uk.safeguarding.reviews.tenancy.domain.BoardKind;
import uk.safeguarding.reviews.tenancy.domain.Tenant;
import uk.safeguarding.reviews.tenancy.domain.TenantRegistry;
import uk.safeguarding.reviews.tenancy.domain.TenantStatus;
import uk.safeguarding.reviews.tenancy.infrastructure.LiquibaseSchemaMigrator;

/** Provisioning and migration against the real PostgreSQL, inside the real server. */
@ExtendWith(ArquillianExtension.class)
class TenantProvisioningIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestHelpers();
    }

    @Inject
    private TenantAdministration administration;

    @Inject
    private TenantRegistry registry;

    @Resource(lookup = "jdbc/safeguardingMigrations")
    private DataSource database;

    @Test
    void provisioningCreatesTheSchemaWithEveryTenantTable() throws SQLException {
        String slug = uniqueSlug();

        Tenant tenant = administration.provision(slug, "Provisioned " + slug, BoardKind.COMMUNITY_SAFETY_PARTNERSHIP);

        assertEquals(TenantStatus.ACTIVE, tenant.status());
        assertEquals("tenant_" + slug.replace('-', '_'), tenant.schemaName());
        List<String> tables = strings("SELECT table_name FROM information_schema.tables WHERE table_schema = ?"
                + " ORDER BY table_name", tenant.schemaName());
        assertTrue(tables.containsAll(List.of("audit_event", "referral", "referral_child", "databasechangelog")),
                "tables: " + tables);
    }

    @Test
    void provisioningAgainAndMigratingAgainChangeNothing() throws SQLException {
        String slug = uniqueSlug();
        Tenant first = administration.provision(slug, "Twice " + slug, BoardKind.CHILDREN_SAFEGUARDING_PARTNERSHIP);
        List<String> changeLogBefore = changeLog(first.schemaName());

        Tenant second = administration.provision(slug, "Twice " + slug, BoardKind.CHILDREN_SAFEGUARDING_PARTNERSHIP);
        administration.migrateActiveTenants();

        assertEquals(first.id(), second.id());
        assertEquals(changeLogBefore, changeLog(first.schemaName()));
        assertEquals(1, strings("SELECT slug FROM platform.tenant WHERE slug = ?", slug).size());
    }

    @Test
    void provisioningFinishesATenantLeftHalfDoneByAFailure() throws SQLException {
        String slug = uniqueSlug();
        // As if a previous attempt died after registering, before the schema existed.
        registry.registerIfAbsent(new Tenant(UUID.randomUUID().toString(), slug, "Half " + slug,
                BoardKind.SAFEGUARDING_ADULTS_BOARD, Tenant.schemaNameFor(slug), TenantStatus.PROVISIONING));
        assertTrue(registry.findActive().stream().noneMatch(t -> t.slug().equals(slug)),
                "a half-provisioned tenant must not be served");

        Tenant finished = administration.provision(slug, "Half " + slug, BoardKind.SAFEGUARDING_ADULTS_BOARD);

        assertEquals(TenantStatus.ACTIVE, finished.status());
        assertEquals(changeLog("tenant_northmoor").size(), changeLog(finished.schemaName()).size());
    }

    @Test
    void everyActiveTenantIsVerifiedAtTheSameVersion() throws SQLException {
        List<Tenant> migrated = administration.migrateActiveTenants().tenants();

        assertTrue(migrated.size() >= 3, "the demo tenants at least: " + migrated);
        List<String> reference = changeSets(migrated.get(0).schemaName());
        assertTrue(reference.size() >= 3, "change sets: " + reference);
        for (Tenant tenant : migrated) {
            assertEquals(reference, changeSets(tenant.schemaName()), tenant.slug());
        }
    }

    /**
     * Issue 20, start-up time: once every schema is current, Liquibase runs on the first only; the
     * others are known current from their own changelog table, one query each.
     */
    @Test
    void aStartWithEverySchemaCurrentRunsLiquibaseOnTheFirstOnly() {
        administration.migrateActiveTenants();

        TenantAdministration.TenantMigration again = administration.migrateActiveTenants();

        assertTrue(again.tenants().size() >= 3, "the demo tenants at least: " + again.tenants());
        assertEquals(List.of(again.tenants().get(0)), again.throughLiquibase());
        assertEquals(again.tenants().size() - 1, again.current());
    }

    @Test
    void aTenantWhoseSchemaIsMissingIsMigratedByLiquibaseAtTheNextStart() throws SQLException {
        String slug = uniqueSlug();
        // Active in the registry, as if its schema had been lost: the next start must build it in full.
        registry.registerIfAbsent(new Tenant(UUID.randomUUID().toString(), slug, "Lost " + slug,
                BoardKind.CHILDREN_SAFEGUARDING_PARTNERSHIP, Tenant.schemaNameFor(slug), TenantStatus.ACTIVE));

        TenantAdministration.TenantMigration migration = administration.migrateActiveTenants();

        assertTrue(migration.throughLiquibase().stream().anyMatch(t -> t.slug().equals(slug)),
                "migrated by Liquibase: " + migration.throughLiquibase());
        assertEquals(changeSets("tenant_northmoor"), changeSets(Tenant.schemaNameFor(slug)));
    }

    /** A change set whose recorded checksum differs is not "current": Liquibase sees it and refuses to start. */
    @Test
    void aSchemaWithAChangedChecksumStopsTheStartRatherThanPassForCurrent() throws SQLException {
        String slug = uniqueSlug();
        Tenant tenant = administration.provision(slug, "Changed " + slug, BoardKind.CHILDREN_SAFEGUARDING_PARTNERSHIP);
        String schema = tenant.schemaName();
        String last = strings("SELECT max(orderexecuted)::text FROM " + schema + ".databasechangelog").get(0);
        String checksum = strings("SELECT md5sum FROM " + schema + ".databasechangelog WHERE orderexecuted = ?::int",
                last).get(0);
        update("UPDATE " + schema + ".databasechangelog SET md5sum = '9:00000000000000000000000000000000'"
                + " WHERE orderexecuted = ?::int", last);
        try {
            LiquibaseSchemaMigrator.MigrationException refused = assertThrows(
                    LiquibaseSchemaMigrator.MigrationException.class, () -> administration.migrateActiveTenants());
            assertTrue(String.valueOf(refused.getMessage()).contains(schema), refused.getMessage());
        } finally {
            update("UPDATE " + schema + ".databasechangelog SET md5sum = '" + checksum + "' WHERE orderexecuted = ?::int",
                    last);
        }
        assertEquals(List.of(administration.migrateActiveTenants().tenants().get(0)),
                administration.migrateActiveTenants().throughLiquibase(), "current again once restored");
    }

    @Test
    void noTableLivesWhereATenantlessConnectionLooks() throws SQLException {
        assertEquals(List.of(), strings("SELECT table_name FROM information_schema.tables WHERE table_schema = ?",
                "public"));
    }

    private static String uniqueSlug() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Which change sets ran, with their checksums, in order: the schema's version. */
    private List<String> changeSets(String schema) throws SQLException {
        return strings("SELECT id || '|' || md5sum FROM " + schema + ".databasechangelog ORDER BY orderexecuted");
    }

    /** The same, with when each ran: a re-run must not touch these either. */
    private List<String> changeLog(String schema) throws SQLException {
        return strings("SELECT id || '|' || md5sum || '|' || dateexecuted FROM " + schema
                + ".databasechangelog ORDER BY orderexecuted");
    }

    private void update(String sql, String... params) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    private List<String> strings(String sql, String... params) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }
}
