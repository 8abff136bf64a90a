package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.identity.people.PartnershipPeople;
import uk.safeguarding.reviews.identity.people.RoleGrantForm;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;
import uk.safeguarding.reviews.tenancy.api.TenantContext;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.tenancy.api.PartnershipDirectory;
import uk.safeguarding.reviews.tenancy.application.NewPartnership;
import uk.safeguarding.reviews.tenancy.application.PartnershipOnboarding;
import uk.safeguarding.reviews.tenancy.application.TenantAdministration;
import uk.safeguarding.reviews.tenancy.application.TenantAdministration.OnboardingStoppedException;
import uk.safeguarding.reviews.tenancy.application.TenantOverview;
import uk.safeguarding.reviews.tenancy.domain.BoardKind;
import uk.safeguarding.reviews.tenancy.domain.Onboarding;
import uk.safeguarding.reviews.tenancy.domain.PlatformAct;
import uk.safeguarding.reviews.tenancy.domain.TenantStatus;

/**
 * Putting a partnership on the service without an engineer (issue 18), against PostgreSQL and the
 * tests' real Keycloak: its schema, its groups (one per role, each granting its role, as
 * {@code UserIdentity} reads them), its first business manager created and sent Keycloak's e-mail to
 * set a password (through a real SMTP server), and only then active. A step that fails half way is
 * kept with the partnership and finished later; finishing twice changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class PartnershipOnboardingIT {

    private static final String ADMIN = "it.platform.admin";

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithMailCatcher().addClass(SmtpInbox.class);
    }

    @Inject
    private PartnershipOnboarding onboarding;

    @Inject
    private TenantAdministration administration;

    @Inject
    private PartnershipDirectory directory;

    @Inject
    private TestTenants tenants;

    @Inject
    private PartnershipPeople people;

    @Inject
    private AuditTrail audit;

    @Test
    void aPartnershipIsSetUpWithItsGroupsAndItsFirstBusinessManagerInvitedAndAStepThatFailedIsFinishedLater()
            throws Exception {
        // The Keycloak of the whole test run keeps what every test makes: names of this test's own.
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String slug = "it-onboard-" + suffix;
        String manager = "erin." + suffix + "@eastfield.example";
        NewPartnership request = new NewPartnership(slug, "Eastfield Safeguarding Children Partnership",
                BoardKind.CHILDREN_SAFEGUARDING_PARTNERSHIP, "North West", "business-unit@eastfield.example",
                "Erin East", manager);
        List<String> northmoorManagersBefore = directory.membersOf("northmoor", Role.BUSINESS_MANAGER.claimName());

        // Keycloak's mail server is not listening yet, so the invitation cannot be sent.
        OnboardingStoppedException stopped = assertThrows(OnboardingStoppedException.class,
                () -> onboarding.provision(request, ADMIN));
        assertTrue(stopped.getMessage().startsWith("Stopped while giving Erin East the business manager's role"),
                stopped.getMessage());
        assertTrue(stopped.getMessage().contains("invitation e-mail"), stopped.getMessage());
        TenantOverview halfWay = administration.overview(slug);
        assertEquals(TenantStatus.PROVISIONING, halfWay.tenant().status(), "not active until every step is done");
        Onboarding steps = halfWay.onboarding();
        assertNotNull(steps.schemaReadyAt());
        assertNotNull(steps.groupsReadyAt());
        assertNull(steps.managerPlacedAt());
        assertEquals(stopped.getMessage(), steps.problem(), "the page shows what stopped it");
        List<String> expectedGroups = new ArrayList<>();
        expectedGroups.add("/partnerships/" + slug);
        for (Role role : Role.values()) {
            if (role != Role.PLATFORM_ADMIN) {
                expectedGroups.add("/partnerships/" + slug + "/" + role.claimName());
            }
        }
        expectedGroups.sort(null);
        assertEquals(expectedGroups, directory.groupPaths(slug));

        try (SmtpInbox keycloakMail = SmtpInbox.start(keycloakSmtpPort())) {
            assertEquals(TenantStatus.ACTIVE, onboarding.finish(slug, ADMIN).status());
            Onboarding done = administration.overview(slug).onboarding();
            assertNotNull(done.managerPlacedAt());
            assertEquals("INVITED", done.managerOutcome());
            assertNull(done.problem(), "the problem is cleared once its step is done");
            assertEquals(List.of(manager), directory.membersOf(slug, Role.BUSINESS_MANAGER.claimName()));

            assertTrue(keycloakMail.invitationLinkFor(manager).contains("/realms/safeguarding/login-actions/"),
                    "the e-mail carries Keycloak's link to set a password");
            assertEquals(1, keycloakMail.to(manager).size(), "one invitation, from the finishing run");

            // Finishing again changes nothing: no second person, no second e-mail, still active.
            assertEquals(TenantStatus.ACTIVE, onboarding.finish(slug, ADMIN).status());
            assertEquals(List.of(manager), directory.membersOf(slug, Role.BUSINESS_MANAGER.claimName()));
            assertEquals(1, keycloakMail.to(manager).size());
        }
        assertEquals(northmoorManagersBefore, directory.membersOf("northmoor", Role.BUSINESS_MANAGER.claimName()),
                "another partnership's people are untouched");
        assertEquals(List.of("PROVISION", "ONBOARD_STOPPED", "ONBOARD_START"),
                administration.acts(slug, 10).stream().map(PlatformAct::action).toList(),
                "the platform's trail keeps every step, newest first");
    }

    @Test
    void aRequestWithMistakesIsRefusedFieldByFieldAndATakenShortNameIsRefusedWithNothingCreated() {
        ConstraintViolationException wrong = assertThrows(ConstraintViolationException.class,
                () -> onboarding.provision(new NewPartnership("East field", " ", null, "", "not-an-address", "",
                        "erin@"), ADMIN));
        Set<String> fields = wrong.getConstraintViolations().stream().map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet());
        assertEquals(Set.of("slug", "displayName", "boardKind", "region", "businessUnitMailbox", "managerName",
                "managerEmail"), fields);
        assertTrue(administration.listTenants().stream().noneMatch(t -> t.slug().startsWith("east")));

        String taken = tenants.provision("it-onboard-taken").slug();
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> onboarding.provision(
                new NewPartnership(taken, "Someone else's partnership", BoardKind.SAFEGUARDING_ADULTS_BOARD, "South",
                        "mailbox@else.example", "Sam Else", "sam@else.example"), ADMIN));
        assertEquals("slug", refused.field());
        assertEquals(BoardKind.CHILDREN_SAFEGUARDING_PARTNERSHIP, administration.overview(taken).tenant().boardKind(),
                "the partnership that has the name is untouched");
        assertNull(administration.overview(taken).onboarding());
        assertEquals(List.of(), directory.groupPaths(taken), "no groups were made for the refused request");
    }

    /**
     * The business manager gives and takes the partnership's roles through the real Keycloak: only
     * their own partnership's groups change (its short name comes from the tenant context), a person
     * new to the service is invited, the last business manager cannot be removed, someone who is not a
     * business manager is refused and the refusal is audited, and every change is in the trail.
     */
    @Test
    void aBusinessManagerGivesAndTakesRolesInTheirOwnPartnershipOnly() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ActiveTenant own = tenants.provision("it-people-a-" + suffix);
        ActiveTenant other = tenants.provision("it-people-b-" + suffix);
        directory.ensureGroups(own.slug());
        directory.ensureGroups(other.slug());
        String colleague = "colin." + suffix + "@agency.example";
        Caller manager = new Caller("bm." + suffix, "Bea Manager", Set.of(Role.BUSINESS_MANAGER), "bm@own.example");
        Caller referrer = new Caller("ref." + suffix, "Rae Referrer", Set.of(Role.REFERRER), "ref@own.example");

        try (SmtpInbox keycloakMail = SmtpInbox.start(keycloakSmtpPort())) {
            RoleGrantForm reviewer = grant("Colin Colleague", colleague, Role.REVIEWER);
            assertEquals(PartnershipDirectory.Placed.INVITED,
                    TenantContext.call(own, manager, () -> people.give(reviewer)));
            assertEquals(List.of(colleague), directory.membersOf(own.slug(), Role.REVIEWER.claimName()));
            assertEquals(List.of(), directory.membersOf(other.slug(), Role.REVIEWER.claimName()),
                    "another partnership's groups are untouched");
            keycloakMail.invitationLinkFor(colleague);
            assertEquals(1, keycloakMail.to(colleague).size(), "the person new to the service is invited");
            PartnershipDirectory.Member listed = TenantContext.call(own, manager, () -> people.people()).stream()
                    .filter(m -> m.email().equals(colleague)).findFirst().orElseThrow();
            assertEquals("Colin Colleague", listed.name());
            assertEquals(List.of(Role.REVIEWER.claimName()), listed.roles());

            // The other partnership's business manager works in theirs: nothing of this one changes.
            TenantContext.run(other, manager, () -> people.take(colleague, Role.REVIEWER.claimName()));
            assertEquals(List.of(colleague), directory.membersOf(own.slug(), Role.REVIEWER.claimName()));

            assertThrows(AccessDeniedException.class, () -> TenantContext.call(own, referrer,
                    () -> people.give(grant("Someone", "someone." + suffix + "@agency.example", Role.REFERRER))));
            assertEquals(List.of(), directory.membersOf(own.slug(), Role.REFERRER.claimName()));

            TenantContext.call(own, manager, () -> people.give(grant("Colin Colleague", colleague,
                    Role.BUSINESS_MANAGER)));
            RefusedException lastOne = assertThrows(RefusedException.class, () -> TenantContext.run(own, manager,
                    () -> people.take(colleague, Role.BUSINESS_MANAGER.claimName())));
            assertTrue(lastOne.getMessage().contains("at least one business manager"), lastOne.getMessage());

            TenantContext.run(own, manager, () -> people.take(colleague, Role.REVIEWER.claimName()));
            assertEquals(List.of(), directory.membersOf(own.slug(), Role.REVIEWER.claimName()));
            assertEquals(List.of(colleague), directory.membersOf(own.slug(), Role.BUSINESS_MANAGER.claimName()));

            List<String> trail = TenantContext.call(own, manager, () -> audit.historyOf("person", colleague)).stream()
                    .map(e -> e.action() + " " + e.outcome()).toList();
            assertEquals(List.of("DELETE ALLOWED", "CREATE ALLOWED", "CREATE ALLOWED"), trail,
                    "every change is in the partnership's trail, newest first");
            assertTrue(TenantContext.call(own, manager, () -> audit.recent(50)).stream()
                    .anyMatch(e -> e.actor().equals(referrer.username()) && e.outcome().name().equals("DENIED")),
                    "the refused attempt is audited");
        }
    }

    private static RoleGrantForm grant(String name, String email, Role role) {
        RoleGrantForm form = new RoleGrantForm();
        form.setFullName(name);
        form.setEmail(email);
        form.setRole(role);
        return form;
    }

    private static int keycloakSmtpPort() {
        return ConfigProvider.getConfig().getValue("it.keycloak.smtp.port", Integer.class);
    }
}
