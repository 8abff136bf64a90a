package uk.safeguarding.reviews.tenancy.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
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

    public LiquibaseSchemaMigrator(DataSource migrationDataSource, ClassLoader resources) {
        this.migrationDataSource = migrationDataSource;
        this.resources = resources;
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
        } catch (SQLException | LiquibaseException e) {
            throw new MigrationException("Migration of schema " + schema + " failed", e);
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

    /** The change sets the schema's own changelog table says ran, as "file::id". */
    public Set<String> appliedChangeSets(String schema) {
        requireSafeSchemaName(schema);
        String sql = "SELECT filename, id FROM " + schema + ".databasechangelog";
        try (Connection connection = migrationDataSource.getConnection();
                PreparedStatement ps = connection.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            Set<String> applied = new TreeSet<>();
            while (rs.next()) {
                applied.add(rs.getString(1) + "::" + rs.getString(2));
            }
            return applied;
        } catch (SQLException e) {
            throw new MigrationException("Could not read the changelog table of schema " + schema, e);
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
