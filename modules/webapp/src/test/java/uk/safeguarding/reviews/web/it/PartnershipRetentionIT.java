package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.ProductClock;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;
import uk.safeguarding.reviews.tenancy.api.InterBoardProtocols;
import uk.safeguarding.reviews.tenancy.api.PartnershipDirectory;
import uk.safeguarding.reviews.tenancy.application.TenantAdministration;
import uk.safeguarding.reviews.tenancy.domain.TenantStatus;
import uk.safeguarding.reviews.web.notices.RetentionScheduler;

/**
 * Issue 18: an archived partnership's data is deleted once its retention date has passed (its
 * schema, its platform data and its groups at the real Keycloak), and only then; the platform keeps
 * its record and the act; every other partnership is untouched.
 */
@ExtendWith(ArquillianExtension.class)
class PartnershipRetentionIT {

    private static final String ADMIN = "retention.admin";

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestHelpers();
    }

    @Inject
    private TestTenants tenants;

    @Inject
    private TenantAdministration administration;

    @Inject
    private RetentionScheduler retention;

    @Inject
    private PartnershipDirectory directory;

    @Inject
    private InterBoardProtocols protocols;

    @Resource(lookup = "jdbc/safeguarding")
    private DataSource database;

    @Test
    void anArchivedPartnershipsDataIsDeletedTheDayAfterItsRetentionDateAndNotBefore() throws Exception {
        ActiveTenant leaving = tenants.provision("it-retention-leaving");
        ActiveTenant staying = tenants.provision("it-retention-staying");
        directory.ensureGroups(leaving.slug());
        protocols.agree(leaving.slug(), staying.slug(), new Caller(ADMIN, "Pat", Set.of(Role.PLATFORM_ADMIN)));
        LocalDate today = LocalDate.now(ProductClock.configured());
        LocalDate keptUntil = today.plusDays(30);
        administration.archive(leaving.slug(), keptUntil, "Left the service", ADMIN);

        assertFalse(retention.sweep(keptUntil).contains(leaving.slug()), "kept on its retention date itself");
        assertTrue(schemaExists(leaving.schemaName()));

        List<String> deleted = retention.sweep(keptUntil.plusDays(1));

        assertTrue(deleted.contains(leaving.slug()), deleted.toString());
        assertFalse(schemaExists(leaving.schemaName()), "its schema, with its cases, files and trail, is gone");
        assertTrue(schemaExists(staying.schemaName()), "another partnership is untouched");
        assertEquals(TenantStatus.ACTIVE, administration.overview(staying.slug()).tenant().status());
        var record = administration.overview(leaving.slug());
        assertEquals(TenantStatus.DELETED, record.tenant().status(), "the platform keeps its record");
        assertEquals(keptUntil, record.standing().retainUntil());
        assertTrue(administration.acts(leaving.slug(), 5).stream().anyMatch(act -> act.action().equals("DELETE")
                && act.detail().contains("its groups at the sign-in service deleted")), "and the act in its trail");
        assertEquals(List.of(), directory.groupPaths(leaving.slug()), "its groups at Keycloak are gone");
        assertTrue(protocols.agreed().stream().noneMatch(p -> p.firstSlug().equals(leaving.slug())
                || p.secondSlug().equals(leaving.slug())), "its protocols are gone");
        assertThrows(RefusedException.class, () -> administration.exportArchive(leaving.slug(), database,
                new ByteArrayOutputStream(), ADMIN));
        assertThrows(RefusedException.class, () -> administration.resume(leaving.slug(), "Come back", ADMIN));
        assertEquals(List.of(), retention.sweep(keptUntil.plusDays(2)).stream()
                .filter(leaving.slug()::equals).toList(), "a second sweep changes nothing");
    }

    private boolean schemaExists(String schema) throws Exception {
        try (Connection c = database.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM pg_namespace WHERE nspname = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }
}
