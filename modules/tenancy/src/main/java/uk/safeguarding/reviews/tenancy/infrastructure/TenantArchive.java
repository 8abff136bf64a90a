package uk.safeguarding.reviews.tenancy.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import uk.safeguarding.reviews.tenancy.domain.BoardKind;
import uk.safeguarding.reviews.tenancy.domain.Tenant;

/**
 * A partnership's complete data as one archive it can take elsewhere (issue 18): every table of its
 * schema (its files are rows, so they go too, and so does its audit trail with its seals), each as a
 * CSV of PostgreSQL's own text for every value, read in one consistent snapshot; a manifest naming the
 * partnership, the schema's change sets, and each table's row count and SHA-256; and a note for people.
 *
 * <p>An import goes into a service without that partnership, at the same schema version: the schema
 * is made by the service's own migrations, emptied of what they seed, filled in the order of its
 * foreign keys, and each table is written out again and compared with the manifest's checksum before
 * anything is committed. So an import either gives every row back exactly, or changes nothing.
 */
public final class TenantArchive {

    static final String FORMAT = "safeguarding-partnership-archive/1";
    static final String MANIFEST = "manifest.properties";
    static final String TABLES = "tables/";
    private static final String NULL = "\\N";
    /** Null as \N and every other value quoted, so an empty text and a missing one stay different. */
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setNullString(NULL)
            .setQuoteMode(QuoteMode.ALL_NON_NULL).setRecordSeparator("\n").build();
    private static final Set<String> LIQUIBASE_TABLES = Set.of("databasechangelog", "databasechangeloglock");

    private TenantArchive() {
    }

    /** What an archive says of itself. */
    public record Manifest(String slug, String displayName, BoardKind boardKind, String exportedAt,
            Set<String> changeSets, List<String> tables, Map<String, Long> rows, Map<String, String> sha256) {
    }

    /** Writes the partnership's archive; returns its manifest. */
    public static Manifest export(DataSource database, Tenant tenant, OutputStream target) {
        String schema = tenant.schemaName();
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            plainText(c);
            List<String> tables = loadOrder(c, schema);
            Map<String, Long> rows = new LinkedHashMap<>();
            Map<String, String> sums = new LinkedHashMap<>();
            String exportedAt;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT now()::text")) {
                rs.next();
                exportedAt = rs.getString(1);
            }
            ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
            for (String table : tables) {
                zip.putNextEntry(new ZipEntry(TABLES + table + ".csv"));
                Hashed written = writeTable(c, schema, table, zip);
                zip.closeEntry();
                rows.put(table, written.rows());
                sums.put(table, written.sha256());
            }
            Manifest manifest = new Manifest(tenant.slug(), tenant.displayName(), tenant.boardKind(), exportedAt,
                    changeSets(c, schema), tables, rows, sums);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            toProperties(manifest).store(new OutputStreamWriter(zip, StandardCharsets.UTF_8),
                    "A partnership's complete data: see README.txt");
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("README.txt"));
            zip.write(readme(manifest).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            c.rollback();
            return manifest;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not export " + tenant.slug() + ": " + e.getMessage(), e);
        }
    }

    /** Reads an archive's manifest, refusing a file that is not one of these archives. */
    public static Manifest manifest(Path archive) {
        try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry entry = zip.getEntry(MANIFEST);
            if (entry == null) {
                throw new IllegalArgumentException(archive + " is not a partnership's archive (no " + MANIFEST + ")");
            }
            Properties p = new Properties();
            try (Reader in = new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8)) {
                p.load(in);
            }
            if (!FORMAT.equals(p.getProperty("format"))) {
                throw new IllegalArgumentException(archive + " is an archive of another format: " + p.getProperty("format"));
            }
            return fromProperties(p);
        } catch (IOException e) {
            throw new IllegalArgumentException(archive + " cannot be read as a partnership's archive: " + e.getMessage(), e);
        }
    }

    /**
     * Fills the schema, already made by this service's migrations, with the archive's rows: what the
     * migrations seeded is removed, each table is loaded in foreign-key order, then written out again
     * and compared with the manifest. One transaction: a mismatch anywhere changes nothing.
     */
    public static void load(DataSource database, Path archive, String schema) {
        Manifest manifest = manifest(archive);
        try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8);
                Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            try {
                plainText(c);
                Set<String> here = changeSets(c, schema);
                if (!here.equals(manifest.changeSets())) {
                    throw new IllegalArgumentException("The archive was exported at another schema version ("
                            + manifest.changeSets().size() + " change sets) than this service's ("
                            + here.size() + "): import it into a service of the same version");
                }
                List<String> order = loadOrder(c, schema);
                if (!new TreeSet<>(order).equals(new TreeSet<>(manifest.tables()))) {
                    throw new IllegalArgumentException("The archive's tables are not this schema's tables");
                }
                for (int i = order.size() - 1; i >= 0; i--) {
                    try (Statement st = c.createStatement()) {
                        st.executeUpdate("DELETE FROM " + qualified(schema, order.get(i)));
                    }
                }
                for (String table : order) {
                    ZipEntry entry = zip.getEntry(TABLES + table + ".csv");
                    if (entry == null) {
                        throw new IllegalArgumentException("The archive has no rows file for " + table);
                    }
                    try (InputStream in = zip.getInputStream(entry)) {
                        insertRows(c, schema, table, in);
                    }
                    Hashed again = writeTable(c, schema, table, OutputStream.nullOutputStream());
                    if (again.rows() != manifest.rows().get(table) || !again.sha256().equals(manifest.sha256().get(table))) {
                        throw new IllegalStateException("Table " + table + " did not come back as it was exported ("
                                + again.rows() + " rows, expected " + manifest.rows().get(table) + ")");
                    }
                }
                c.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not import " + archive + ": " + e.getMessage(), e);
        }
    }

    /** Each table's rows as the archive holds them, for comparing two schemas (tests, operators). */
    public static Map<String, String> checksums(DataSource database, String schema) {
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            plainText(c);
            Map<String, String> sums = new LinkedHashMap<>();
            for (String table : loadOrder(c, schema)) {
                Hashed h = writeTable(c, schema, table, OutputStream.nullOutputStream());
                sums.put(table, h.rows() + " " + h.sha256());
            }
            c.rollback();
            return sums;
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not read schema " + schema + ": " + e.getMessage(), e);
        }
    }

    private record Hashed(long rows, String sha256) {
    }

    /** Values as PostgreSQL writes them, the same on every server whatever its settings. */
    private static void plainText(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SET LOCAL TimeZone = 'UTC'");
            st.execute("SET LOCAL DateStyle = 'ISO, YMD'");
            st.execute("SET LOCAL IntervalStyle = 'postgres'");
            st.execute("SET LOCAL extra_float_digits = 3");
            st.execute("SET LOCAL bytea_output = 'hex'");
        }
    }

    private static Hashed writeTable(Connection c, String schema, String table, OutputStream target)
            throws SQLException, IOException {
        List<String[]> columns = columns(c, schema, table);
        List<String> key = primaryKey(c, schema, table);
        StringBuilder select = new StringBuilder("SELECT ");
        for (int i = 0; i < columns.size(); i++) {
            select.append(i == 0 ? "" : ", ").append(quoted(columns.get(i)[0])).append("::text");
        }
        select.append(" FROM ").append(qualified(schema, table)).append(" ORDER BY ");
        if (key.isEmpty()) {
            for (int i = 0; i < columns.size(); i++) {
                select.append(i == 0 ? "" : ", ").append(quoted(columns.get(i)[0])).append("::text");
            }
        } else {
            select.append(String.join(", ", key.stream().map(TenantArchive::quoted).toList()));
        }
        MessageDigest sha = sha256();
        long rows = 0;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try (PreparedStatement ps = c.prepareStatement(select.toString()); ResultSet rs = ps.executeQuery()) {
            ps.setFetchSize(500);
            Writer lineWriter = new OutputStreamWriter(line, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(lineWriter, CSV);
            printer.printRecord(columns.stream().map(col -> col[0]).toList());
            printer.flush();
            emit(line, sha, target);
            while (rs.next()) {
                List<String> values = new ArrayList<>(columns.size());
                for (int i = 1; i <= columns.size(); i++) {
                    values.add(rs.getString(i));
                }
                printer.printRecord(values);
                printer.flush();
                emit(line, sha, target);
                rows++;
            }
        }
        return new Hashed(rows, HexFormat.of().formatHex(sha.digest()));
    }

    private static void emit(ByteArrayOutputStream line, MessageDigest sha, OutputStream target) throws IOException {
        byte[] bytes = line.toByteArray();
        sha.update(bytes);
        target.write(bytes);
        line.reset();
    }

    private static void insertRows(Connection c, String schema, String table, InputStream csv)
            throws SQLException, IOException {
        Map<String, String> types = new LinkedHashMap<>();
        for (String[] column : columns(c, schema, table)) {
            types.put(column[0], column[1]);
        }
        try (CSVParser parser = CSV.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            List<String> header = parser.getHeaderNames();
            if (!new LinkedHashSet<>(header).equals(types.keySet())) {
                throw new IllegalArgumentException("The archive's columns of " + table + " are not this schema's: "
                        + header + " against " + types.keySet());
            }
            StringBuilder insert = new StringBuilder("INSERT INTO ").append(qualified(schema, table)).append(" (");
            StringBuilder values = new StringBuilder(") VALUES (");
            for (int i = 0; i < header.size(); i++) {
                insert.append(i == 0 ? "" : ", ").append(quoted(header.get(i)));
                values.append(i == 0 ? "" : ", ").append("CAST(? AS ").append(types.get(header.get(i))).append(')');
            }
            try (PreparedStatement ps = c.prepareStatement(insert.append(values).append(')').toString())) {
                int batched = 0;
                for (CSVRecord record : parser) {
                    for (int i = 0; i < header.size(); i++) {
                        ps.setString(i + 1, record.get(i));
                    }
                    ps.addBatch();
                    if (++batched == 500) {
                        ps.executeBatch();
                        batched = 0;
                    }
                }
                if (batched > 0) {
                    ps.executeBatch();
                }
            }
        }
    }

    /** The schema's tables, each after every table it refers to; Liquibase's own left out (migrations make them). */
    static List<String> loadOrder(Connection c, String schema) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT c.relname FROM pg_class c JOIN pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind IN ('r', 'p')")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!LIQUIBASE_TABLES.contains(rs.getString(1))) {
                        tables.add(rs.getString(1));
                    }
                }
            }
        }
        Map<String, Set<String>> refersTo = new LinkedHashMap<>();
        tables.forEach(t -> refersTo.put(t, new TreeSet<>()));
        try (PreparedStatement ps = c.prepareStatement("SELECT child.relname, parent.relname FROM pg_constraint k"
                + " JOIN pg_class child ON child.oid = k.conrelid JOIN pg_class parent ON parent.oid = k.confrelid"
                + " JOIN pg_namespace n ON n.oid = k.connamespace WHERE k.contype = 'f' AND n.nspname = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (refersTo.containsKey(rs.getString(1)) && !rs.getString(1).equals(rs.getString(2))) {
                        refersTo.get(rs.getString(1)).add(rs.getString(2));
                    }
                }
            }
        }
        List<String> order = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < tables.size()) {
            boolean progress = false;
            for (String table : tables) {
                if (!placed.contains(table) && placed.containsAll(refersTo.get(table))) {
                    placed.add(table);
                    order.add(table);
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("The tables of " + schema + " refer to each other in a circle: "
                        + refersTo);
            }
        }
        return order;
    }

    /** Each column's name and its type as PostgreSQL writes it; generated columns are left out. */
    private static List<String[]> columns(Connection c, String schema, String table) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.attname, format_type(a.atttypid, a.atttypmod)"
                + " FROM pg_attribute a JOIN pg_class t ON t.oid = a.attrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
                + " WHERE n.nspname = ? AND t.relname = ? AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''"
                + " ORDER BY a.attnum")) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        return columns;
    }

    private static List<String> primaryKey(Connection c, String schema, String table) throws SQLException {
        List<String> key = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.attname FROM pg_index i"
                + " JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
                + " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY (i.indkey)"
                + " WHERE n.nspname = ? AND t.relname = ? AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)")) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    key.add(rs.getString(1));
                }
            }
        }
        return key;
    }

    private static Set<String> changeSets(Connection c, String schema) throws SQLException {
        Set<String> applied = new TreeSet<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT filename, id, author FROM " + qualified(schema, "databasechangelog"))) {
            while (rs.next()) {
                applied.add(rs.getString(1) + "::" + rs.getString(2) + "::" + rs.getString(3));
            }
        }
        return applied;
    }

    private static String qualified(String schema, String table) {
        return quoted(schema) + "." + quoted(table);
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties toProperties(Manifest m) {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("slug", m.slug());
        p.setProperty("displayName", m.displayName());
        p.setProperty("boardKind", m.boardKind().name());
        p.setProperty("exportedAt", m.exportedAt());
        List<String> sets = new ArrayList<>(m.changeSets());
        p.setProperty("changeSets", String.valueOf(sets.size()));
        for (int i = 0; i < sets.size(); i++) {
            p.setProperty("changeSet." + (i + 1), sets.get(i));
        }
        p.setProperty("tables", String.join(",", m.tables()));
        for (String table : m.tables()) {
            p.setProperty("table." + table + ".rows", String.valueOf(m.rows().get(table)));
            p.setProperty("table." + table + ".sha256", m.sha256().get(table));
        }
        return p;
    }

    private static Manifest fromProperties(Properties p) {
        Set<String> sets = new TreeSet<>();
        int count = Integer.parseInt(p.getProperty("changeSets", "0"));
        for (int i = 1; i <= count; i++) {
            sets.add(p.getProperty("changeSet." + i));
        }
        List<String> tables = List.of(p.getProperty("tables", "").split(","));
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, String> sums = new LinkedHashMap<>();
        for (String table : tables) {
            rows.put(table, Long.parseLong(p.getProperty("table." + table + ".rows", "-1")));
            sums.put(table, p.getProperty("table." + table + ".sha256", ""));
        }
        Tenant.requireValidSlug(p.getProperty("slug"));
        return new Manifest(p.getProperty("slug"), p.getProperty("displayName"),
                BoardKind.valueOf(p.getProperty("boardKind")), p.getProperty("exportedAt"), sets, tables, rows, sums);
    }

    private static String readme(Manifest m) {
        StringBuilder text = new StringBuilder();
        text.append(m.displayName()).append(" (").append(m.slug()).append("): the partnership's complete data, ")
                .append("exported ").append(m.exportedAt()).append(" (UTC).\n\n")
                .append("tables/<table>.csv holds every row of one table of the partnership's schema, in")
                .append(" PostgreSQL's own text for each value: \\N is a missing value, every other value is quoted;")
                .append(" files are the rows of the tables that hold them (bytea, written as \\x and hexadecimal); the audit")
                .append(" trail is audit_event, with its seals (audit_seal) and checks (audit_verification).\n")
                .append("manifest.properties names the partnership, the schema's change sets (its version), and each")
                .append(" table's number of rows and the SHA-256 of its file.\n\n")
                .append("To put it on another service of the same version: bin/tenants import <this file>.\n\nTables:\n");
        for (String table : m.tables()) {
            text.append("  ").append(table).append(": ").append(m.rows().get(table)).append(" rows\n");
        }
        return text.toString();
    }

    /** One line for an operator: the partnership, its tables, rows and schema version. */
    public static String describe(Manifest m) {
        long total = m.rows().values().stream().mapToLong(Long::longValue).sum();
        return m.slug() + "\t" + m.tables().size() + " tables\t" + total + " rows\t" + m.changeSets().size() + " change sets";
    }
}
