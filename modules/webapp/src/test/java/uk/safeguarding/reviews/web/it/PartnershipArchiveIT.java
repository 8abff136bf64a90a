package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.rapidreview.domain.Recommendation;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;
import uk.safeguarding.reviews.tenancy.application.TenantAdministration;
import uk.safeguarding.reviews.tenancy.infrastructure.TenantArchive;

/**
 * A partnership's complete data as one archive (issue 18), from a partnership holding what the
 * product really writes: a referral, a Rapid Review with its agencies, requests, meeting, notes,
 * endorsements, clocks, letters (with their calendar files) and audit trail. Loaded into another
 * schema freshly made by the migrations, every table comes back row for row; the export is in the
 * platform's trail. (TenantArchiveCliIT takes an archive into an empty database.)
 */
@ExtendWith(ArquillianExtension.class)
class PartnershipArchiveIT {

    private static final Caller MANAGER = new Caller("arc.manager", "Ari Manager", Set.of(Role.BUSINESS_MANAGER));

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestHelpers();
    }

    @Inject
    private TestTenants tenants;

    @Inject
    private CaseFixtures cases;

    @Inject
    private TenantAdministration administration;

    @Resource(lookup = "jdbc/safeguardingMigrations")
    private DataSource owner;

    @Test
    void aPartnershipWithItsCasesLettersAndTrailComesBackFromItsArchiveTableForTable() throws Exception {
        ActiveTenant source = tenants.provision("it-archive-source");
        cases.settledRapidReview(source, MANAGER, Recommendation.CHILD_SAFEGUARDING_PRACTICE_REVIEW);
        Path archive = Files.createTempFile("partnership", ".zip");
        try {
            TenantArchive.Manifest manifest;
            try (OutputStream target = Files.newOutputStream(archive)) {
                manifest = administration.exportArchive(source.slug(), owner, target, "it.platform.admin");
            }
            long tablesWithRows = manifest.rows().values().stream().filter(rows -> rows > 0).count();
            assertTrue(tablesWithRows >= 10, "a partnership's real work fills many tables: " + manifest.rows());
            assertTrue(manifest.rows().get("audit_event") > 0 && manifest.rows().get("outbox_message") > 0,
                    "its audit trail and its letters go with it");

            // As an import does: a schema made by this service's migrations and not yet served (so no
            // sweep writes in it), loaded from the archive.
            String copy = administration.prepareSchema("it-archive-copy", "Copy",
                    uk.safeguarding.reviews.tenancy.domain.BoardKind.CHILDREN_SAFEGUARDING_PARTNERSHIP).schemaName();
            TenantArchive.load(owner, archive, copy);
            // Compared with the archive, not the partnership itself, which its sweeps go on writing in.
            Map<String, String> archived = new LinkedHashMap<>();
            manifest.tables().forEach(table -> archived.put(table, manifest.rows().get(table) + " "
                    + manifest.sha256().get(table)));
            assertEquals(archived, TenantArchive.checksums(owner, copy), "every table, row for row");
            assertEquals(1L, manifest.rows().get("referral"), "the partnership's referral is in it");
            assertEquals("EXPORT", administration.acts(source.slug(), 1).get(0).action());
        } finally {
            Files.deleteIfExists(archive);
        }
    }
}
