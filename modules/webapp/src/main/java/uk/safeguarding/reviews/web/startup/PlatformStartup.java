package uk.safeguarding.reviews.web.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.safeguarding.reviews.agencies.application.AgencyForm;
import uk.safeguarding.reviews.agencies.application.AgencyService;
import uk.safeguarding.reviews.agencies.application.AgencyView;
import uk.safeguarding.reviews.agencies.application.ContactForm;
import uk.safeguarding.reviews.agencies.domain.AgencyKind;
import uk.safeguarding.reviews.clocks.application.ClockRulesService;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.linking.application.BoardReviewForm;
import uk.safeguarding.reviews.linking.application.BoardReviews;
import uk.safeguarding.reviews.linking.application.PossibleLinks;
import uk.safeguarding.reviews.tenancy.api.TenantContext;
import uk.safeguarding.reviews.tenancy.application.TenantAdministration;
import uk.safeguarding.reviews.tenancy.domain.BoardKind;
import uk.safeguarding.reviews.tenancy.domain.Tenant;
import uk.safeguarding.reviews.tenancy.domain.TenantStatus;

/**
 * Migrates the platform schema and every active tenant's schema while the application starts, so
 * no request ever meets an old schema. Readiness stays DOWN, and the tenant gate answers 503, until
 * this has finished; a failure stops the application from serving at all.
 *
 * <p>With {@code demo.tenants=true} it first provisions the demo partnerships (idempotent).
 */
@ApplicationScoped
public class PlatformStartup {

    private static final Logger LOG = Logger.getLogger(PlatformStartup.class.getName());

    /** The demo partnerships of README and keycloak-realm: two neighbouring areas and an adults board. */
    static final List<DemoTenant> DEMO_TENANTS = List.of(
            new DemoTenant("northmoor", "Northmoor Safeguarding Children Partnership",
                    BoardKind.CHILDREN_SAFEGUARDING_PARTNERSHIP),
            new DemoTenant("southvale", "Southvale Safeguarding Children Partnership",
                    BoardKind.CHILDREN_SAFEGUARDING_PARTNERSHIP),
            new DemoTenant("northmoor-sab", "Northmoor Safeguarding Adults Board",
                    BoardKind.SAFEGUARDING_ADULTS_BOARD));

    record DemoTenant(String slug, String displayName, BoardKind kind) {
    }

    private final AtomicBoolean ready = new AtomicBoolean();

    @Inject
    private TenantAdministration tenants;

    @Inject
    private ClockRulesService clockSettings;

    @Inject
    private AgencyService agencies;

    @Inject
    private BoardReviews boardReviews;

    @Inject
    private PossibleLinks possibleLinks;

    @Inject
    @ConfigProperty(name = "demo.tenants", defaultValue = "false")
    private boolean provisionDemoTenants;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        long started = System.nanoTime();
        tenants.migratePlatform();
        if (provisionDemoTenants) {
            // Only those not yet on the service (or left half made): the others are migrated with every
            // partnership below, and provisioning them again would run Liquibase on each at every start.
            Set<String> onTheService = tenants.listTenants().stream()
                    .filter(t -> t.status() != TenantStatus.PROVISIONING).map(Tenant::slug)
                    .collect(java.util.stream.Collectors.toSet());
            DEMO_TENANTS.stream().filter(demo -> !onTheService.contains(demo.slug()))
                    .forEach(demo -> tenants.provision(demo.slug(), demo.displayName(), demo.kind()));
        }
        TenantAdministration.TenantMigration migration = tenants.migrateActiveTenants();
        List<Tenant> migrated = migration.tenants();
        if (provisionDemoTenants) {
            migrated.stream().filter(t -> DEMO_TENANTS.stream().anyMatch(d -> d.slug().equals(t.slug())))
                    .forEach(this::setUpDemoMailbox);
        }
        ready.set(true);
        LOG.info(() -> String.format("Platform and %d tenant schemas migrated and verified in %d ms"
                + " (%d through Liquibase, %d found current): %s", migrated.size(),
                (System.nanoTime() - started) / 1_000_000, migration.throughLiquibase().size(), migration.current(),
                migrated.stream().map(Tenant::slug).toList()));
    }

    /** Demo partnerships get business-unit and panel mailboxes, so escalations and letters have somewhere to go. */
    private void setUpDemoMailbox(Tenant demo) {
        Caller setUp = new Caller("demo-setup", "Demo set-up", Set.of(Role.BUSINESS_MANAGER));
        TenantContext.run(demo.asActive(), setUp, () -> {
            if (clockSettings.businessUnitEmail().isEmpty()) {
                clockSettings.changeBusinessUnitEmail("business-unit@" + demo.slug() + ".example");
                clockSettings.changePanelEmail("virtual-panel@" + demo.slug() + ".example");
            }
            if ("northmoor".equals(demo.slug()) && agencies.list().isEmpty()) {
                addDemoAgencies();
            }
            if ("northmoor-sab".equals(demo.slug()) && boardReviews.list(1).total() == 0) {
                addDemoSafeguardingAdultsReview();
            }
        });
        if ("northmoor".equals(demo.slug())) {
            // Northmoor's children's partnership and adults board look for possible links with each other.
            TenantContext.run(demo.asActive(), new Caller("demo-setup", "Demo set-up", Set.of(Role.PLATFORM_ADMIN)),
                    () -> possibleLinks.agreeProtocol("northmoor", "northmoor-sab"));
        }
    }

    /** A SAR the adults board holds about a care leaver, for the coordinator to link with a child's review. */
    private void addDemoSafeguardingAdultsReview() {
        BoardReviewForm sar = new BoardReviewForm();
        sar.setSubjectName("Jordan Ellis");
        sar.setSubjectBornOn(LocalDate.of(2006, 5, 14));
        sar.setDecidedOn(LocalDate.of(2026, 10, 1));
        sar.setLeadReviewer("Dr Alex Morgan");
        boardReviews.record(sar);
    }

    /**
     * Northmoor's three statutory partners, each with its lead (a statutory-partner user, who endorses
     * outcomes) and two with a demo contributor, so a whole Rapid Review can be run.
     */
    private void addDemoAgencies() {
        agency("Northmoor Council Children's Services", AgencyKind.LOCAL_AUTHORITY_CHILDRENS_SERVICES, "Local Authority",
                List.of("nm.partner:Naomi Partner"));
        agency("Northmoor Police", AgencyKind.POLICE, "Police",
                List.of("nm.agency:Nathan Agency", "nm.partner.police:Priya Police"));
        agency("Northmoor Integrated Care Board", AgencyKind.HEALTH, "Health (ICB)",
                List.of("nm.agency2:Nadia Health", "nm.partner.health:Harriet Health"));
    }

    private void agency(String name, AgencyKind kind, String partner, List<String> contacts) {
        AgencyForm form = new AgencyForm();
        form.setName(name);
        form.setKind(kind);
        form.setStatutoryPartner(partner);
        AgencyView added = agencies.add(form);
        for (String contact : contacts) {
            ContactForm person = new ContactForm();
            person.setUsername(contact.substring(0, contact.indexOf(':')));
            person.setDisplayName(contact.substring(contact.indexOf(':') + 1));
            person.setEmail(person.getUsername() + "@example.test");
            agencies.addContact(added.id(), person);
        }
    }

    public boolean isReady() {
        return ready.get();
    }
}
