package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.reviews.web.it.TestTenants.as;
import static uk.safeguarding.reviews.web.it.TestTenants.referrer;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditEvent;
import uk.safeguarding.reviews.audit.AuditOutcome;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.referral.application.DraftReferralForm;
import uk.safeguarding.reviews.referral.application.ReferralService;
import uk.safeguarding.reviews.referral.application.ReferralSummary;
import uk.safeguarding.reviews.referral.domain.Referral;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;
import uk.safeguarding.reviews.tenancy.api.NoTenantException;

/**
 * The tenant gate's first property: nothing of one partnership reaches another, through ids, the
 * cache, pooled connections or concurrency (STACK-NOTES; eclipselink#1161).
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestHelpers();
    }

    @Inject
    private TestTenants tenants;

    @Inject
    private ReferralService referrals;

    @Inject
    private ReferralFixtures fixtures;

    @Inject
    private AuditTrail audit;


    private ActiveTenant north;
    private ActiveTenant south;
    private ActiveTenant third;

    @BeforeEach
    void partnerships() {
        north = tenants.provision("it-north");
        south = tenants.provision("it-south");
        third = tenants.provision("it-third");
    }

    @Test
    void theSameIdInTwoTenantsGivesEachTenantItsOwnRow() {
        String sharedId = UUID.randomUUID().toString();
        as(north, referrer("north.user"), () -> {
            fixtures.storeDraft(sharedId, List.of("NA"), "north's referral");
            return null;
        });
        as(south, referrer("south.user"), () -> {
            fixtures.storeDraft(sharedId, List.of("SA", "SB"), "south's referral");
            return null;
        });

        // Read alternately, several times: a shared cache would serve the first one read to both.
        for (int i = 0; i < 3; i++) {
            ReferralSummary inNorth = as(north, referrer("north.user"), () -> referrals.view(sharedId));
            ReferralSummary inSouth = as(south, referrer("south.user"), () -> referrals.view(sharedId));
            assertEquals("north's referral", inNorth.summary());
            assertEquals(List.of("NA"), inNorth.childInitials());
            assertEquals("south's referral", inSouth.summary());
            assertEquals(List.of("SA", "SB"), inSouth.childInitials());
        }
    }

    @Test
    void aConnectionWhoseWorkWasRolledBackGoesBackToThePoolPointingAtNoPartnership() throws Exception {
        String id = UUID.randomUUID().toString();
        AtomicInteger backend = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> as(north, referrer("north.user"), () -> {
            fixtures.storeDraftAndFail(id, backend);
            return null;
        }));

        assertThrows(RecordNotFoundException.class, () -> as(north, referrer("north.user"), () -> referrals.view(id)),
                "the draft was rolled back");
        // Kept by the pool (not thrown away as unclean), and pointing at no partnership's tables.
        Optional<String> schema = fixtures.schemaOfPooledConnection(backend.get());
        assertTrue(schema.isPresent(), "the pool threw away the connection that was rolled back");
        assertFalse(schema.get().startsWith("tenant_"), "a pooled connection still points at " + schema.get());
    }

    @Test
    void anotherTenantsReferralIsNotFoundAndTheAttemptIsAudited() {
        String southId = as(south, referrer("south.user"), () -> referrals.startDraft(form("SV", "only for south")));

        RecordNotFoundException refused = assertThrows(RecordNotFoundException.class,
                () -> as(north, referrer("north.prober"), () -> referrals.view(southId)));
        assertEquals(southId, refused.recordId());

        List<AuditEvent> northTrail = as(north, referrer("north.prober"), () -> audit.historyOf("referral", southId));
        assertEquals(1, northTrail.size(), "the denied attempt is recorded where it was made");
        AuditEvent denied = northTrail.get(0);
        assertEquals(AuditOutcome.DENIED, denied.outcome());
        assertEquals("north.prober", denied.actor());
        assertEquals("it-north", denied.tenantSlug());

        List<AuditEvent> southTrail = as(south, referrer("south.user"), () -> audit.historyOf("referral", southId));
        assertTrue(southTrail.stream().noneMatch(e -> e.actor().equals("north.prober")));
        assertTrue(southTrail.stream().anyMatch(e -> e.outcome() == AuditOutcome.ALLOWED && e.actor().equals("south.user")));
    }

    @Test
    void listingShowsOnlyTheCallersPartnership() {
        String marker = UUID.randomUUID().toString();
        as(south, referrer("south.user"), () -> referrals.startDraft(form("LS", "south list " + marker)));

        List<ReferralSummary> northDrafts = as(north, referrer("north.user"), () -> referrals.listDrafts(1).items());
        List<ReferralSummary> southDrafts = as(south, referrer("south.user"), () -> referrals.listDrafts(1).items());

        assertTrue(northDrafts.stream().noneMatch(d -> d.summary().contains(marker)));
        assertTrue(southDrafts.stream().anyMatch(d -> d.summary().contains(marker)));
    }

    @Test
    void withoutATenantCaseDataCannotBeReachedAtAll() {
        assertThrows(NoTenantException.class, () -> referrals.listDrafts(1));
        assertThrows(RuntimeException.class, () -> fixtures.allDraftsWithChildren());
    }

    @Test
    void aCallerWithoutTheRoleIsRefusedAndAudited() {
        Caller panelOnly = new Caller("panel.only", "Panel", Set.of(Role.PANEL_MEMBER));
        assertThrows(AccessDeniedException.class, () -> as(north, panelOnly, () -> referrals.startDraft(form("PM", "x"))));

        List<AuditEvent> recent = as(north, referrer("north.user"), () -> audit.recent(50));
        assertTrue(recent.stream().anyMatch(e -> e.actor().equals("panel.only") && e.outcome() == AuditOutcome.DENIED
                && e.action() == AuditAction.CREATE), "refusal audited: " + recent.size());
        List<ReferralSummary> drafts = as(north, referrer("north.user"), () -> referrals.listDrafts(1).items());
        assertTrue(drafts.stream().noneMatch(d -> d.createdBy().equals("panel.only")), "nothing was created");
    }

    /**
     * Many threads, three tenants, parents with several children each (a one-to-many relation, as
     * in eclipselink#1161): every row any thread reads must belong to the tenant it asked in.
     */
    @Test
    void concurrentWorkInSeveralTenantsNeverSeesAnotherTenantsRows() throws Exception {
        List<ActiveTenant> all = List.of(north, south, third);
        Map<String, AtomicInteger> foreignRows = new ConcurrentHashMap<>();
        AtomicInteger readsChecked = new AtomicInteger();
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        List<Future<?>> workers = new ArrayList<>();
        for (int worker = 0; worker < 8; worker++) {
            int w = worker;
            workers.add(executor.submit(() -> {
                for (int round = 0; round < 25; round++) {
                    ActiveTenant tenant = all.get((w + round) % all.size());
                    String tag = tag(tenant);
                    as(tenant, referrer("worker" + w), () -> {
                        fixtures.storeDraft(UUID.randomUUID().toString(), List.of(tag + "A", tag + "B", tag + "C"),
                                "concurrent " + tenant.slug());
                        for (Referral r : fixtures.allDraftsWithChildren()) {
                            readsChecked.incrementAndGet();
                            boolean fromThisTest = r.summary().startsWith("concurrent ");
                            boolean foreign = fromThisTest && (!r.summary().equals("concurrent " + tenant.slug())
                                    || r.childInitials().stream().anyMatch(initials -> !initials.startsWith(tag)));
                            if (foreign) {
                                foreignRows.computeIfAbsent(tenant.slug(), k -> new AtomicInteger()).incrementAndGet();
                            }
                        }
                        return null;
                    });
                }
                return null;
            }));
        }
        for (Future<?> f : workers) {
            f.get(5, TimeUnit.MINUTES);
        }

        assertTrue(readsChecked.get() > 1000, "enough reads to mean something: " + readsChecked.get());
        assertEquals(Map.of(), Map.copyOf(foreignRows));
    }

    private static String tag(ActiveTenant tenant) {
        return switch (tenant.slug()) {
            case "it-north" -> "N";
            case "it-south" -> "S";
            default -> "T";
        };
    }

    private static DraftReferralForm form(String initials, String summary) {
        DraftReferralForm form = new DraftReferralForm();
        form.setChildInitials(initials);
        form.setIncidentDate(LocalDate.of(2026, 11, 1));
        form.setSummary(summary);
        return form;
    }
}
