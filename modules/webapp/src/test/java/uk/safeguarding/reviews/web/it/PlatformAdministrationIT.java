package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;
import uk.safeguarding.reviews.tenancy.application.TenantAdministration;
import uk.safeguarding.reviews.tenancy.application.TenantOverview;
import uk.safeguarding.reviews.tenancy.domain.PlatformAct;
import uk.safeguarding.reviews.tenancy.domain.TenantRegistry;
import uk.safeguarding.reviews.tenancy.domain.TenantResolution;
import uk.safeguarding.reviews.tenancy.domain.TenantStatus;
import uk.safeguarding.reviews.web.notices.EveryPartnership;

/**
 * Running the service (issue 18), against PostgreSQL: a partnership suspended with a reason is no
 * longer served (its people are told it is suspended) and its scheduled work stops, nothing of it is
 * deleted and every other partnership carries on; resumed, it is served again. Each act is kept, with
 * who and why, in the platform's append-only trail.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformAdministrationIT {

    private static final String ADMIN = "it.platform.admin";

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

    @Inject
    private TenantRegistry registry;

    @Inject
    private EveryPartnership partnerships;

    @jakarta.annotation.Resource(lookup = "jdbc/safeguardingMigrations")
    private javax.sql.DataSource owner;

    @Test
    void aSuspendedPartnershipIsNotServedAndItsWorkStopsUntilItIsResumedWithNothingLost() {
        ActiveTenant suspended = tenants.provision("it-platform-suspend");
        ActiveTenant other = tenants.provision("it-platform-other");
        String referral = cases.submittedReferral(suspended, null, null);

        assertEquals("reason", assertThrows(InvalidFieldException.class,
                () -> administration.suspend(suspended.slug(), "  ", ADMIN)).field());
        assertEquals(TenantStatus.SUSPENDED, administration.suspend(suspended.slug(),
                "Contract ended; data kept until collected", ADMIN).status());

        assertEquals(TenantResolution.Refusal.SUSPENDED, TenantResolution.resolve(List.of(suspended.slug()), null,
                registry).refusal().orElseThrow(), "its people are told it is suspended");
        assertEquals(other.slug(), TenantResolution.resolve(List.of(suspended.slug(), other.slug()), null, registry)
                .tenant().orElseThrow().slug(), "someone in another partnership too carries on there");
        assertEquals(0, workDoneIn(suspended), "no reminder, escalation or letter is sent for it");
        assertEquals(1, workDoneIn(other));
        assertThrows(RefusedException.class, () -> administration.suspend(suspended.slug(), "Again", ADMIN));

        TenantOverview seen = administration.overview(suspended.slug());
        assertEquals("Contract ended; data kept until collected", seen.standing().reason());
        assertEquals(ADMIN, seen.standing().changedBy());
        assertTrue(seen.changeSetsApplied() > 50, "its schema is kept whole: " + seen.changeSetsApplied());

        assertEquals("reason", assertThrows(InvalidFieldException.class,
                () -> administration.resume(suspended.slug(), null, ADMIN)).field());
        assertEquals(TenantStatus.ACTIVE, administration.resume(suspended.slug(), "Contract renewed", ADMIN).status());
        assertEquals(suspended.slug(), TenantResolution.resolve(List.of(suspended.slug()), null, registry).tenant()
                .orElseThrow().slug());
        assertEquals(1, workDoneIn(suspended), "its work starts again");
        assertEquals(1, count("SELECT count(*) FROM " + suspended.schemaName() + ".referral WHERE id = '" + referral + "'"),
                "nothing was deleted");
        assertThrows(RefusedException.class, () -> administration.resume(suspended.slug(), "Again", ADMIN));

        List<PlatformAct> acts = administration.acts(suspended.slug(), 10);
        assertEquals(List.of("RESUME", "SUSPEND"), acts.stream().map(PlatformAct::action).toList());
        assertEquals("Contract renewed", acts.get(0).detail());
        assertEquals(ADMIN, acts.get(1).actor());
        assertTrue(administration.acts(other.slug(), 10).stream().noneMatch(a -> a.action().equals("SUSPEND")),
                "the other partnership was never touched");
        assertTrue(administration.overview().stream().anyMatch(o -> o.tenant().slug().equals(other.slug())
                && o.tenant().status() == TenantStatus.ACTIVE));
    }

    /**
     * A partnership that leaves the service is archived until a retention date (issue 18): the date
     * and a reason are required, the date in the future; its people are told it has left, its work
     * stops, nothing is deleted, the date is shown; resumed, it is served again.
     */
    @Test
    void anArchivedPartnershipIsNotServedAndKeepsItsDataUntilItsRetentionDate() {
        ActiveTenant leaving = tenants.provision("it-platform-archive");
        String referral = cases.submittedReferral(leaving, null, null);
        java.time.LocalDate today = java.time.LocalDate.now(uk.safeguarding.reviews.kernel.ProductClock.configured());

        assertEquals("reason", assertThrows(InvalidFieldException.class,
                () -> administration.archive(leaving.slug(), today.plusYears(6), " ", ADMIN)).field());
        assertEquals("retainUntil", assertThrows(InvalidFieldException.class,
                () -> administration.archive(leaving.slug(), null, "Left the service", ADMIN)).field());
        InvalidFieldException past = assertThrows(InvalidFieldException.class,
                () -> administration.archive(leaving.slug(), today, "Left the service", ADMIN));
        assertEquals("retainUntil", past.field());
        assertTrue(past.getMessage().contains("in the future"), past.getMessage());
        assertEquals(TenantStatus.ACTIVE, administration.overview(leaving.slug()).tenant().status(),
                "a refused archive changes nothing");

        assertEquals(TenantStatus.ARCHIVED, administration.archive(leaving.slug(), today.plusYears(6),
                "Merged into the county partnership; records kept six years", ADMIN).status());
        TenantOverview archived = administration.overview(leaving.slug());
        assertEquals(today.plusYears(6), archived.standing().retainUntil());
        assertEquals(TenantResolution.Refusal.ARCHIVED, TenantResolution.resolve(List.of(leaving.slug()), null,
                registry).refusal().orElseThrow(), "its people are told it has left the service");
        assertEquals(0, workDoneIn(leaving), "no reminder, escalation or letter is sent for it");
        assertEquals(1, count("SELECT count(*) FROM " + leaving.schemaName() + ".referral WHERE id = '" + referral + "'"),
                "nothing was deleted");
        assertEquals("ARCHIVE", administration.acts(leaving.slug(), 1).get(0).action());
        assertThrows(RefusedException.class,
                () -> administration.archive(leaving.slug(), today.plusYears(7), "Again", ADMIN));

        assertEquals(TenantStatus.ACTIVE, administration.resume(leaving.slug(), "The merger fell through", ADMIN)
                .status());
        assertEquals(null, administration.overview(leaving.slug()).standing().retainUntil(),
                "a partnership on the service has no retention date");
        assertEquals(1, workDoneIn(leaving));
    }

    private int count(String sql) {
        try (java.sql.Connection c = owner.getConnection(); java.sql.Statement st = c.createStatement();
                java.sql.ResultSet rows = st.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 1 if the scheduled sweeps do this partnership's work now, 0 if they pass it by. */
    private int workDoneIn(ActiveTenant tenant) {
        return partnerships.sum("the test's sweep", each -> () -> each.slug().equals(tenant.slug()) ? 1 : 0);
    }
}
