package uk.safeguarding.reviews.tenancy.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The operators' command line against a real, freshly created PostgreSQL database. */
class TenantCliIT {

    private static final String DATABASE = "safeguarding_cli_it";
    private static final String HOST = System.getProperty("it.db.host", "127.0.0.1");
    private static final Map<String, String> ENV = Map.of("SG_DB_HOST", HOST, "SG_DB_NAME", DATABASE);

    @BeforeAll
    static void freshDatabase() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        admin("CREATE DATABASE " + DATABASE);
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        admin("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
    }

    @Test
    void provisionsListsAndMigratesIdempotently() throws SQLException {
        Result first = cli("provision", "eastmarsh", "Eastmarsh Community Safety Partnership",
                "community_safety_partnership");
        assertEquals(0, first.status, first.err);
        assertTrue(first.out.startsWith("provisioned eastmarsh\tACTIVE\tCOMMUNITY_SAFETY_PARTNERSHIP\ttenant_eastmarsh"),
                first.out);
        int changeSets = count("SELECT count(*) FROM tenant_eastmarsh.databasechangelog");
        assertTrue(changeSets >= 3);

        Result again = cli("provision", "eastmarsh", "Eastmarsh Community Safety Partnership",
                "COMMUNITY_SAFETY_PARTNERSHIP");
        Result migrate = cli("migrate");
        Result list = cli("list");

        assertEquals(0, again.status, again.err);
        assertEquals(0, migrate.status, migrate.err);
        assertTrue(migrate.out.contains("platform and 1 tenant schemas migrated and verified"), migrate.out);
        assertEquals(changeSets, count("SELECT count(*) FROM tenant_eastmarsh.databasechangelog"));
        assertEquals(1, count("SELECT count(*) FROM platform.tenant"));
        assertTrue(list.out.contains("eastmarsh\tACTIVE"), list.out);
    }

    @Test
    void badInputIsRefusedWithTheReasonAndUsage() {
        Result unknownKind = cli("provision", "westholm", "Westholm", "PARISH_COUNCIL");
        Result badSlug = cli("provision", "West Holm", "Westholm", "SAFEGUARDING_ADULTS_BOARD");
        Result nothing = cli();

        assertEquals(2, unknownKind.status);
        assertTrue(unknownKind.err.contains("usage:"), unknownKind.err);
        assertEquals(2, badSlug.status);
        assertTrue(badSlug.err.contains("A tenant slug is"), badSlug.err);
        assertEquals(2, nothing.status);
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

    private static int count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":5432/" + DATABASE, "postgres", "");
                Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":5432/postgres", "postgres", "");
                Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
