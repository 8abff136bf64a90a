package uk.safeguarding.reviews.tenancy.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, the path beyond one machine: a partnership's schema must stand alone, so that a sharded
 * PostgreSQL (Citus' schema-based sharding) can place each partnership's schema on any node. No
 * table of the tenant changelogs refers to a table of another schema (the platform's or another
 * partnership's): every foreign key names a table of the same schema, and no SQL names a schema.
 */
class TenantSchemaStandsAloneTest {

    private static final Path TENANT_CHANGELOGS = Path.of("..", "..", "db", "tenant");
    private static final Pattern REFERENCES = Pattern.compile("references=\"([^\"]*)\"");
    private static final Pattern SCHEMA_NAMED = Pattern.compile(
            "(?i)(referencedTableSchemaName|schemaName)=|\\b(platform|tenant_\\w+|public)\\.\\w+");

    @Test
    void everyForeignKeyOfAPartnershipsSchemaStaysInThatSchema() throws IOException {
        List<Path> changelogs = changelogs();
        assertTrue(changelogs.size() > 10, "the tenant changelogs were found: " + changelogs);
        List<String> references = new ArrayList<>();
        List<String> crossing = new ArrayList<>();
        for (Path changelog : changelogs) {
            String xml = Files.readString(changelog);
            Matcher reference = REFERENCES.matcher(xml);
            while (reference.find()) {
                references.add(reference.group(1));
                if (reference.group(1).contains(".")) {
                    crossing.add(changelog + ": references " + reference.group(1));
                }
            }
            Matcher named = SCHEMA_NAMED.matcher(xml.replaceAll("(?s)<!--.*?-->", ""));
            while (named.find()) {
                crossing.add(changelog + ": names a schema in " + named.group());
            }
        }
        assertTrue(references.size() > 10, "the foreign keys were read: " + references);
        assertEquals(List.of(), crossing);
    }

    private static List<Path> changelogs() throws IOException {
        try (Stream<Path> files = Files.walk(TENANT_CHANGELOGS)) {
            return files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
    }
}
