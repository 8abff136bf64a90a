package uk.safeguarding.reviews.tenancy.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Runs one Liquibase changelog against one schema.
 *
 * <p>The data source given here must not be the pooled case-data one: Liquibase changes the
 * connection's search_path, so it gets connections from an unpooled data source that discards
 * them after use (STACK-NOTES: a reused migration connection read from the wrong schema).
 */
public class LiquibaseSchemaMigrator {

    public static final String PLATFORM_CHANGELOG = "db/platform/changelog.xml";
    public static final String TENANT_CHANGELOG = "db/tenant/changelog.xml";
    public static final String PLATFORM_SCHEMA = "platform";

    private final DataSource migrationDataSource;
    private final ClassLoader resources;
    /** The role the application connects as, given what it needs after each migration; null: none to give. */
    private final String applicationRole;

    public LiquibaseSchemaMigrator(DataSource migrationDataSource, ClassLoader resources) {
        this(migrationDataSource, resources, null);
    }

    /**
     * @param applicationRole the database role the application's pooled connections use (issue 18,
     *        least privilege): after each migration it may read and write the schema's tables, only
     *        add to and read the append-only ones, and nothing else; null or blank when the
     *        application connects as the migrating role itself (a test database, say)
     */
    public LiquibaseSchemaMigrator(DataSource migrationDataSource, ClassLoader resources, String applicationRole) {
        this.migrationDataSource = migrationDataSource;
        this.resources = resources;
        this.applicationRole = applicationRole == null || applicationRole.isBlank() ? null : applicationRole.strip();
        if (this.applicationRole != null && !this.applicationRole.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Unsafe role name: " + applicationRole);
        }
    }

    /** Creates the schema if needed and applies every pending change set; safe to repeat. */
    public void migrate(String schema, String changelog) {
        requireSafeSchemaName(schema);
        try (Connection connection = migrationDataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (Statement st = connection.createStatement()) {
                st.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            }
            Liquibase liquibase = liquibaseFor(connection, schema, changelog);
            liquibase.update(new Contexts(), new LabelExpression());
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            grantTheApplication(connection, schema);
        } catch (SQLException | LiquibaseException e) {
            throw new MigrationException("Migration of schema " + schema + " failed", e);
        }
    }

    /**
     * Drops a partnership's schema with everything in it (issue 18: its retention date passed). Run
     * as the owning role, the only one that may; safe to repeat.
     */
    public void dropSchema(String schema) {
        requireSafeSchemaName(schema);
        try (Connection connection = migrationDataSource.getConnection(); Statement st = connection.createStatement()) {
            connection.setAutoCommit(true);
            st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new MigrationException("Could not drop schema " + schema, e);
        }
    }

    /**
     * What the application's role may do in the schema, given again after every migration so a new
     * table is covered (issue 18, least privilege): use the schema; select, insert, update and delete
     * its tables; only select and insert on a table a trigger keeps append-only (the audit trail), so
     * the application's own login cannot change, delete or truncate it; nothing on Liquibase's own
     * tables; no DDL at all, since it owns nothing. Skipped when the migrating role is the application's.
     */
    private void grantTheApplication(Connection connection, String schema) throws SQLException {
        if (applicationRole == null) {
            return;
        }
        connection.setAutoCommit(true);
        try (Statement st = connection.createStatement()) {
            try (ResultSet me = st.executeQuery("SELECT current_user")) {
                me.next();
                if (applicationRole.equals(me.getString(1))) {
                    return;
                }
            }
            st.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + applicationRole);
            st.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + applicationRole);
            st.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + applicationRole);
            st.execute("REVOKE ALL ON " + schema + ".databasechangelog, " + schema + ".databasechangeloglock FROM "
                    + applicationRole);
            List<String> appendOnly = new java.util.ArrayList<>();
            try (PreparedStatement guarded = connection.prepareStatement("SELECT DISTINCT c.relname FROM pg_trigger t"
                    + " JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = ? AND t.tgname LIKE '%append_only' AND NOT t.tgisinternal")) {
                guarded.setString(1, schema);
                try (ResultSet rs = guarded.executeQuery()) {
                    while (rs.next()) {
                        appendOnly.add(rs.getString(1));
                    }
                }
            }
            for (String table : appendOnly) {
                st.execute("REVOKE UPDATE, DELETE, TRUNCATE ON " + schema + "." + table + " FROM " + applicationRole);
            }
        }
    }

    /** Change sets of the changelog that the schema has not run; empty when it is up to date. */
    public List<String> pendingChangeSets(String schema, String changelog) {
        requireSafeSchemaName(schema);
        try (Connection connection = migrationDataSource.getConnection()) {
            Liquibase liquibase = liquibaseFor(connection, schema, changelog);
            List<ChangeSet> unrun = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression());
            return unrun.stream().map(cs -> cs.getFilePath() + "::" + cs.getId()).toList();
        } catch (SQLException | LiquibaseException e) {
            throw new MigrationException("Could not read the migration state of schema " + schema, e);
        }
    }

    /** One schema's version as its own changelog table records it (see {@link #changeLogsOf}). */
    public Optional<Set<String>> changeLogOf(String schema) {
        return changeLogsOf(List.of(schema)).get(schema);
    }

    /**
     * Each schema's version as its own changelog table records it: every change set that ran, as
     * "file::id::checksum"; empty if the schema or its changelog table does not exist. Two schemas with
     * the same set ran the same change sets of the same content. One connection and two short queries
     * a schema, however many there are (a server's start reads them all).
     */
    public Map<String, Optional<Set<String>>> changeLogsOf(Collection<String> schemas) {
        schemas.forEach(LiquibaseSchemaMigrator::requireSafeSchemaName);
        Map<String, Optional<Set<String>>> versions = new LinkedHashMap<>();
        try (Connection connection = migrationDataSource.getConnection();
                PreparedStatement exists = connection.prepareStatement("SELECT to_regclass(?)")) {
            for (String schema : schemas) {
                exists.setString(1, schema + ".databasechangelog");
                boolean hasTable;
                try (ResultSet rs = exists.executeQuery()) {
                    hasTable = rs.next() && rs.getString(1) != null;
                }
                if (!hasTable) {
                    versions.put(schema, Optional.empty());
                    continue;
                }
                try (PreparedStatement ps = connection.prepareStatement("SELECT filename, id, md5sum FROM " + schema
                        + ".databasechangelog"); ResultSet rs = ps.executeQuery()) {
                    Set<String> ran = new TreeSet<>();
                    while (rs.next()) {
                        ran.add(rs.getString(1) + "::" + rs.getString(2) + "::" + rs.getString(3));
                    }
                    versions.put(schema, Optional.of(ran));
                }
            }
            return versions;
        } catch (SQLException e) {
            throw new MigrationException("Could not read the changelog tables of schemas " + schemas, e);
        }
    }

    /**
     * Schemas found current without Liquibase still get what the application's role needs where they
     * lack it (a different role than when a schema was last migrated, say); a no-op otherwise. One
     * connection for them all.
     */
    public void grantTheApplicationWhereMissing(Collection<String> schemas) {
        schemas.forEach(LiquibaseSchemaMigrator::requireSafeSchemaName);
        if (applicationRole == null || schemas.isEmpty()) {
            return;
        }
        try (Connection connection = migrationDataSource.getConnection();
                PreparedStatement ps = connection.prepareStatement("SELECT has_schema_privilege(?, ?, 'USAGE')")) {
            connection.setAutoCommit(true);
            for (String schema : schemas) {
                ps.setString(1, applicationRole);
                ps.setString(2, schema);
                boolean granted;
                try (ResultSet rs = ps.executeQuery()) {
                    granted = rs.next() && rs.getBoolean(1);
                }
                if (!granted) {
                    grantTheApplication(connection, schema);
                }
            }
        } catch (SQLException e) {
            throw new MigrationException("Could not give the application its rights in schemas " + schemas, e);
        }
    }

    private Liquibase liquibaseFor(Connection connection, String schema, String changelog)
            throws LiquibaseException {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        database.setDefaultSchemaName(schema);
        database.setLiquibaseSchemaName(schema);
        return new Liquibase(changelog, new ClassLoaderResourceAccessor(resources), database);
    }

    private static void requireSafeSchemaName(String schema) {
        if (!schema.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Unsafe schema name: " + schema);
        }
    }

    /** A migration could not be done; start-up stops rather than serve a half-migrated tenant. */
    public static class MigrationException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MigrationException(String message, Throwable cause) {
            super(message, cause);
        }

        public MigrationException(String message) {
            super(message);
        }
    }
}
