package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;
import uk.safeguarding.reviews.tenancy.application.PartnershipActivity;
import uk.safeguarding.reviews.tenancy.application.TenantAdministration;
import uk.safeguarding.reviews.tenancy.domain.TenantActivity;
import uk.safeguarding.reviews.tenancy.domain.TenantRegistry;

/**
 * Issue 18: the platform's list shows when each partnership was last used and how many people and
 * open reviews it has, counted inside each partnership and kept as numbers in the platform schema.
 */
@ExtendWith(ArquillianExtension.class)
class PartnershipActivityIT {

    private static final Caller MANAGER = new Caller("activity.manager", "Morgan Manager", Set.of(Role.BUSINESS_MANAGER));

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestHelpers();
    }

    @Inject
    private TestTenants tenants;

    @Inject
    private CaseFixtures cases;

    @Inject
    private PartnershipActivity activity;

    @Inject
    private TenantRegistry registry;

    @Inject
    private TenantAdministration administration;

    @Test
    void eachPartnershipsOpenReviewsAreCountedInItAndOnlyTheNumberIsKept() {
        ActiveTenant busy = tenants.provision("it-activity-busy");
        ActiveTenant quiet = tenants.provision("it-activity-quiet");
        cases.rapidReviewOf(busy, MANAGER, cases.submittedReferral(busy, null, null));
        cases.localCaseReviewOf(busy, MANAGER, cases.submittedReferral(busy, null, null));
        cases.submittedReferral(quiet, null, null);
        assertNull(registry.activity(busy.slug()).countedAt(), "nothing is known before the first count");

        int counted = activity.countAll();

        TenantActivity busyNow = registry.activity(busy.slug());
        TenantActivity quietNow = registry.activity(quiet.slug());
        assertTrue(counted >= 2, "every active partnership is counted: " + counted);
        assertEquals(2, busyNow.openReviews(), "its two open reviews");
        assertEquals(0, quietNow.openReviews(), "a referral is no review, and another partnership's are not its own");
        assertEquals(0, busyNow.people(), "no one holds its roles at the sign-in service");
        assertNotNull(busyNow.countedAt());
        assertEquals(2, administration.overview(busy.slug()).activity().openReviews(),
                "the platform's page reads the kept number");
    }

    @Test
    void aPartnershipInUseIsNotedAsLastUsedAndAnotherIsNot() {
        ActiveTenant used = tenants.provision("it-activity-used");
        ActiveTenant unused = tenants.provision("it-activity-unused");

        activity.used(used.slug());

        assertNotNull(registry.activity(used.slug()).lastActiveAt());
        assertNull(registry.activity(unused.slug()).lastActiveAt());
    }
}
