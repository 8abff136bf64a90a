package uk.safeguarding.reviews.tenancy.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A partnership taken elsewhere (issue 18), through the operators' command line against real
 * PostgreSQL: exported from one database and imported into an empty one, every row of every table
 * comes back equal (checked here value by value and by each table's checksum), files (bytea) byte for
 * byte, a missing value still missing and an empty or "\N" text still text; its audit trail with it.
 * An archive that is not one, of another version, or altered is refused and changes nothing.
 */
class TenantArchiveCliIT {

    private static final String FROM = "safeguarding_archive_from_it";
    private static final String TO = "safeguarding_archive_to_it";
    private static final String HOST = System.getProperty("it.db.host", "127.0.0.1");
    private static final String SCHEMA = "tenant_eastmarsh";

    @BeforeAll
    static void freshDatabases() throws SQLException {
        for (String database : new String[] {FROM, TO}) {
            admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            admin("CREATE DATABASE " + database);
        }
    }

    @AfterAll
    static void dropDatabases() throws SQLException {
        for (String database : new String[] {FROM, TO}) {
            admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Test
    void aPartnershipExportedAndImportedIntoAnEmptyDatabaseComesBackRowForRowWithItsFilesAndItsTrail(
            @TempDir Path dir) throws Exception {
        assertEquals(0, cli(FROM, "provision", "eastmarsh", "Eastmarsh Community Safety Partnership",
                "COMMUNITY_SAFETY_PARTNERSHIP").status);
        byte[] file = new byte[256];
        for (int i = 0; i < file.length; i++) {
            file[i] = (byte) i;
        }
        try (Connection c = connect(FROM)) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + SCHEMA + ".outbox_message (id, recipient,"
                    + " subject, body, created_at, claimed_by, attachment_name, attachment_type, attachment_content)"
                    + " VALUES (?, ?, ?, ?, now(), ?, ?, ?, ?)")) {
                insertLetter(ps, "letter-1", "Minutes, \"draft\" 2;\nsecond line: Zoë's ümlaut \\ backslash", "",
                        null, "minutes.ics", "text/calendar", file);
                insertLetter(ps, "letter-2", "\\N", "A subject", "server-1", null, null, null);
            }
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO " + SCHEMA + ".audit_event (id, occurred_at, tenant_slug, actor, action,"
                        + " record_type, record_id, outcome, detail) VALUES ('event-1', '2026-12-06 10:15:30.123456+00',"
                        + " 'eastmarsh', 'nm.manager', 'UPDATE', 'referral', NULL, 'ALLOWED', 'Changed, \"quoted\"')");
            }
        }
        Path archive = dir.resolve("eastmarsh.zip");

        Result exported = cli(FROM, "export", "eastmarsh", archive.toString());
        assertEquals(0, exported.status, exported.err);
        assertTrue(exported.out.startsWith("exported eastmarsh\t"), exported.out);
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            assertTrue(zip.getEntry("tables/outbox_message.csv") != null && zip.getEntry("tables/audit_event.csv") != null
                    && zip.getEntry("manifest.properties") != null && zip.getEntry("README.txt") != null);
        }

        Result imported = cli(TO, "import", archive.toString());
        assertEquals(0, imported.status, imported.err);
        assertTrue(imported.out.startsWith("imported eastmarsh\tACTIVE\tCOMMUNITY_SAFETY_PARTNERSHIP"), imported.out);

        Map<String, String> before = TenantArchive.checksums(dataSource(FROM), SCHEMA);
        assertEquals(before, TenantArchive.checksums(dataSource(TO), SCHEMA), "every table, row for row");
        assertTrue(before.get("outbox_message").startsWith("2 "), before.get("outbox_message"));
        try (Connection c = connect(TO); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT id, body, subject, claimed_by, attachment_content FROM " + SCHEMA
                        + ".outbox_message ORDER BY id")) {
            rs.next();
            assertEquals("Minutes, \"draft\" 2;\nsecond line: Zoë's ümlaut \\ backslash", rs.getString("body"));
            assertEquals("", rs.getString("subject"), "an empty text stays empty");
            assertNull(rs.getString("claimed_by"), "a missing value stays missing");
            assertArrayEquals(file, rs.getBytes("attachment_content"), "the file, byte for byte");
            rs.next();
            assertEquals("\\N", rs.getString("body"), "a text that reads \\N is text, not a missing value");
            assertNull(rs.getBytes("attachment_content"));
        }
        assertEquals("2026-12-06 10:15:30.123456+00", scalar(TO, "SELECT occurred_at::text FROM " + SCHEMA
                + ".audit_event WHERE id = 'event-1'"), "the audit trail comes too, to the microsecond");
        assertEquals("EXPORT", scalar(FROM, "SELECT action FROM platform.platform_audit WHERE tenant_slug = 'eastmarsh'"
                + " ORDER BY occurred_at DESC LIMIT 1"));
        assertEquals("IMPORT", scalar(TO, "SELECT action FROM platform.platform_audit WHERE tenant_slug = 'eastmarsh'"
                + " ORDER BY occurred_at DESC LIMIT 1"));

        Result again = cli(TO, "import", archive.toString());
        assertEquals(2, again.status);
        assertTrue(again.err.contains("is already on this service"), again.err);
    }

    @Test
    void anArchiveThatIsNotOneIsOfAnotherVersionOrWasAlteredIsRefusedAndChangesNothing(@TempDir Path dir)
            throws Exception {
        assertEquals(0, cli(FROM, "provision", "westholm", "Westholm Safeguarding Adults Board",
                "SAFEGUARDING_ADULTS_BOARD").status);
        try (Connection c = connect(FROM); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO tenant_westholm.outbox_message (id, recipient, subject, body, created_at)"
                    + " VALUES ('letter-w', 'a@westholm.example', 'Subject', 'Body', now())");
        }
        Path archive = dir.resolve("westholm.zip");
        assertEquals(0, cli(FROM, "export", "westholm", archive.toString()).status);

        Path notOne = dir.resolve("not-one.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(notOne))) {
            zip.putNextEntry(new ZipEntry("something.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Result refused = cli(TO, "import", notOne.toString());
        assertEquals(2, refused.status);
        assertTrue(refused.err.contains("is not a partnership's archive"), refused.err);

        Path otherVersion = rewritten(archive, dir.resolve("other-version.zip"), "manifest.properties",
                text -> text.replaceFirst("changeSet\\.1=[^\\n]*", "changeSet.1=db/tenant/unknown.xml\\\\:\\\\:x\\\\:\\\\:y"));
        Result wrongVersion = cli(TO, "import", otherVersion.toString());
        assertEquals(2, wrongVersion.status);
        assertTrue(wrongVersion.err.contains("another schema version"), wrongVersion.err);
        assertEquals("0", scalar(TO, "SELECT count(*) FROM tenant_westholm.outbox_message"));

        Path altered = rewritten(archive, dir.resolve("altered.zip"), "tables/outbox_message.csv",
                text -> text.replace("\"Body\"", "\"Changed on the way\""));
        Result tampered = cli(TO, "import", altered.toString());
        assertEquals(1, tampered.status);
        assertTrue(tampered.err.contains("did not come back as it was exported"), tampered.err);
        assertEquals("0", scalar(TO, "SELECT count(*) FROM tenant_westholm.outbox_message"), "nothing was loaded");
        assertEquals("PROVISIONING", scalar(TO, "SELECT status FROM platform.tenant WHERE slug = 'westholm'"),
                "it is not served half imported");

        Result finished = cli(TO, "import", archive.toString());
        assertEquals(0, finished.status, "the untouched archive finishes the import: " + finished.err);
        assertEquals("1", scalar(TO, "SELECT count(*) FROM tenant_westholm.outbox_message"));
    }

    private static void insertLetter(PreparedStatement ps, String id, String body, String subject, String claimedBy,
            String attachmentName, String attachmentType, byte[] attachment) throws SQLException {
        ps.setString(1, id);
        ps.setString(2, "business-unit@eastmarsh.example");
        ps.setString(3, subject);
        ps.setString(4, body);
        ps.setString(5, claimedBy);
        ps.setString(6, attachmentName);
        ps.setString(7, attachmentType);
        ps.setBytes(8, attachment);
        ps.executeUpdate();
    }

    private static Path rewritten(Path archive, Path copy, String entryName, UnaryOperator<String> change)
            throws Exception {
        try (ZipFile in = new ZipFile(archive.toFile()); OutputStream target = Files.newOutputStream(copy);
                ZipOutputStream out = new ZipOutputStream(target)) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream content = in.getInputStream(entry)) {
                    bytes = content.readAllBytes();
                }
                if (entry.getName().equals(entryName)) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return copy;
    }

    private record Result(int status, String out, String err) {
    }

    private static Result cli(String database, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = TenantCli.run(args, Map.of("SG_DB_HOST", HOST, "SG_DB_NAME", database),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static PGSimpleDataSource dataSource(String database) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setServerNames(new String[] {HOST});
        source.setDatabaseName(database);
        source.setUser("postgres");
        return source;
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":5432/" + database, "postgres", "");
    }

    private static String scalar(String database, String sql) throws SQLException {
        try (Connection c = connect(database); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = connect("postgres"); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
