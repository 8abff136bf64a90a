package uk.safeguarding.reviews.tenancy.infrastructure;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import org.postgresql.ds.PGSimpleDataSource;
import uk.safeguarding.reviews.kernel.Causes;
import uk.safeguarding.reviews.tenancy.api.TenantCommand;
import uk.safeguarding.reviews.tenancy.application.TenantAdministration;
import uk.safeguarding.reviews.tenancy.domain.BoardKind;
import uk.safeguarding.reviews.tenancy.domain.Tenant;

/**
 * The operators' entry point (bin/tenants): provision a tenant, list tenants, or migrate every
 * schema and stop (the migrate-only mode, for running migrations before servers start).
 * It uses the same {@link TenantAdministration} as the server, on plain unpooled connections.
 */
public final class TenantCli {

    /** Commands other modules add (verify-audit), by name. */
    private static final Map<String, TenantCommand> ADDED = ServiceLoader.load(TenantCommand.class).stream()
            .map(ServiceLoader.Provider::get)
            .collect(java.util.stream.Collectors.toMap(TenantCommand::name, c -> c, (a, b) -> a, java.util.TreeMap::new));

    static final String USAGE = String.join(System.lineSeparator(),
            "usage: tenants list",
            "       tenants provision SLUG \"DISPLAY NAME\" CHILDREN_SAFEGUARDING_PARTNERSHIP|"
                    + "SAFEGUARDING_ADULTS_BOARD|COMMUNITY_SAFETY_PARTNERSHIP",
            "       tenants migrate",
            "       tenants export SLUG FILE.zip   (the partnership's complete data, to take elsewhere)",
            "       tenants import FILE.zip        (into a service without it, of the same version)")
            + ADDED.values().stream().map(c -> System.lineSeparator() + "       tenants " + c.usage())
                    .collect(java.util.stream.Collectors.joining())
            + System.lineSeparator() + "database from SG_DB_HOST, SG_DB_PORT, SG_DB_NAME, SG_DB_USER (the owning role), DB_PASSWORD;"
            + " SG_DB_APP_USER: the application's role, given its rights after each migration";

    /** Liquibase reports every change set at INFO; an operator needs only warnings and the result. */
    private static final java.util.logging.Logger LIQUIBASE_LOG = java.util.logging.Logger.getLogger("liquibase");

    private TenantCli() {
    }

    public static void main(String[] args) {
        int status = run(args, System.getenv(), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs one command; returns the process exit status. */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        LIQUIBASE_LOG.setLevel(java.util.logging.Level.WARNING);
        if (args.length == 0) {
            err.println(USAGE);
            return 2;
        }
        TenantAdministration administration;
        PGSimpleDataSource database;
        try {
            database = dataSource(env);
            administration = new TenantAdministration(new JdbcTenantRegistry(database),
                    new LiquibaseSchemaMigrator(database, TenantCli.class.getClassLoader(),
                            env.get("SG_DB_APP_USER")));
            administration.migratePlatform();
        } catch (RuntimeException e) {
            err.println("Cannot reach or migrate the platform schema: " + rootMessage(e));
            return 1;
        }
        try {
            switch (args[0]) {
                case "list" -> {
                    requireArgs(args, 1);
                    administration.listTenants().forEach(t -> out.println(describe(t)));
                }
                case "provision" -> {
                    requireArgs(args, 4);
                    BoardKind kind = BoardKind.valueOf(args[3].toUpperCase(Locale.ROOT));
                    out.println("provisioned " + describe(administration.provision(args[1], args[2], kind, TenantCommand.operator())));
                }
                case "migrate" -> {
                    requireArgs(args, 1);
                    TenantAdministration.TenantMigration migrated = administration.migrateActiveTenants();
                    String done = migrated.tenants().size() + " tenant schemas migrated and verified ("
                            + migrated.throughLiquibase().size() + " through Liquibase, " + migrated.current()
                            + " found current)";
                    administration.record(TenantCommand.operator(), "MIGRATE", null, done);
                    out.println("platform and " + done);
                }
                case "export" -> {
                    requireArgs(args, 3);
                    java.nio.file.Path file = java.nio.file.Path.of(args[2]);
                    TenantArchive.Manifest manifest;
                    try (java.io.OutputStream target = java.nio.file.Files.newOutputStream(file)) {
                        manifest = administration.exportArchive(args[1], database, target, TenantCommand.operator());
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
                    }
                    out.println("exported " + TenantArchive.describe(manifest) + " to " + file);
                }
                case "import" -> {
                    requireArgs(args, 2);
                    out.println("imported " + describe(administration.importArchive(java.nio.file.Path.of(args[1]),
                            database, TenantCommand.operator())));
                }
                default -> {
                    TenantCommand added = ADDED.get(args[0]);
                    if (added == null) {
                        throw new IllegalArgumentException("unknown command " + args[0]);
                    }
                    return added.run(List.of(args).subList(1, args.length), administration, database, out, err);
                }
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (RuntimeException e) {
            err.println("Failed: " + rootMessage(e));
            return 1;
        }
    }

    private static void requireArgs(String[] args, int count) {
        if (args.length != count) {
            throw new IllegalArgumentException("wrong number of arguments: " + Arrays.toString(args));
        }
    }

    private static String describe(Tenant tenant) {
        return tenant.slug() + "\t" + tenant.status() + "\t" + tenant.boardKind() + "\t" + tenant.schemaName()
                + "\t" + tenant.displayName();
    }

    private static PGSimpleDataSource dataSource(Map<String, String> env) {
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setServerNames(new String[] {env.getOrDefault("SG_DB_HOST", "127.0.0.1")});
        database.setPortNumbers(new int[] {Integer.parseInt(env.getOrDefault("SG_DB_PORT", "5432"))});
        database.setDatabaseName(env.getOrDefault("SG_DB_NAME", "safeguarding"));
        database.setUser(env.getOrDefault("SG_DB_USER", "postgres"));
        String password = env.get("DB_PASSWORD");
        if (password != null && !password.isEmpty()) {
            database.setPassword(password);
        }
        database.setApplicationName("safeguarding-tenants-cli");
        return database;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = Causes.root(e);
        return e.getMessage() + (cause != e ? " (" + cause.getMessage() + ")" : "");
    }
}
