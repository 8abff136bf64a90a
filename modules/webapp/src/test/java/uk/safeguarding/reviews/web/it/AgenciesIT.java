package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.reviews.web.it.TestTenants.as;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguarding.reviews.agencies.application.AgencyForm;
import uk.safeguarding.reviews.agencies.application.AgencyService;
import uk.safeguarding.reviews.agencies.application.AgencyView;
import uk.safeguarding.reviews.agencies.application.ContactForm;
import uk.safeguarding.reviews.agencies.domain.AgencyKind;
import uk.safeguarding.reviews.audit.AuditOutcome;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;

/** Each partnership's agencies: its own list, statutory partners from its thresholds, audited. */
@ExtendWith(ArquillianExtension.class)
class AgenciesIT {

    private static final Caller MANAGER = new Caller("agency.manager", "Manager", Set.of(Role.BUSINESS_MANAGER));

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestHelpers();
    }

    @Inject
    private TestTenants tenants;

    @Inject
    private AgencyService agencies;

    @Inject
    private AuditTrail audit;

    @Test
    void aPartnershipKeepsItsAgenciesWithTheirPartnersAndContacts() {
        ActiveTenant partnership = tenants.provision("it-agencies-a");
        ActiveTenant other = tenants.provision("it-agencies-b");

        AgencyView police = as(partnership, MANAGER, () -> agencies.add(agency("Northmoor Police", AgencyKind.POLICE,
                "police")));
        AgencyView withContact = as(partnership, MANAGER, () -> agencies.addContact(police.id(),
                contact("nm.agency", "Nathan Agency", "nm.agency@example.test")));

        assertEquals("Police", police.statutoryPartner(), "named as the thresholds name it");
        assertEquals(List.of("nm.agency"), withContact.contacts().stream().map(AgencyView.Contact::username).toList());
        assertEquals(List.of(), as(other, MANAGER, agencies::list));
        assertThrows(RecordNotFoundException.class, () -> as(other, MANAGER, () -> agencies.addContact(police.id(),
                contact("x", "X", "x@example.test"))));
        assertTrue(as(other, MANAGER, () -> audit.historyOf("agency", police.id())).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED));
        assertEquals(2, as(partnership, MANAGER, () -> audit.historyOf("agency", police.id())).size());
    }

    @Test
    void badAgenciesAreRefusedBesideTheirFieldAndNothingIsSaved() {
        ActiveTenant partnership = tenants.provision("it-agencies-bad");
        as(partnership, MANAGER, () -> agencies.add(agency("Northmoor Police", AgencyKind.POLICE, null)));

        InvalidFieldException twice = assertThrows(InvalidFieldException.class, () -> as(partnership, MANAGER,
                () -> agencies.add(agency("NORTHMOOR POLICE", AgencyKind.POLICE, null))));
        InvalidFieldException notAPartner = assertThrows(InvalidFieldException.class, () -> as(partnership, MANAGER,
                () -> agencies.add(agency("Northmoor Primary", AgencyKind.EDUCATION, "Education"))));
        assertThrows(AccessDeniedException.class, () -> as(partnership, TestTenants.referrer("agency.referrer"),
                () -> agencies.add(agency("Anything", AgencyKind.OTHER, null))));

        assertEquals("name", twice.field());
        assertEquals("statutoryPartner", notAPartner.field());
        assertTrue(notAPartner.getMessage().contains("Local Authority, Police, Health (ICB)"), notAPartner.getMessage());
        assertEquals(1, as(partnership, MANAGER, agencies::list).size());
    }

    private static AgencyForm agency(String name, AgencyKind kind, String partner) {
        AgencyForm form = new AgencyForm();
        form.setName(name);
        form.setKind(kind);
        form.setStatutoryPartner(partner);
        return form;
    }

    private static ContactForm contact(String username, String name, String email) {
        ContactForm form = new ContactForm();
        form.setUsername(username);
        form.setDisplayName(name);
        form.setEmail(email);
        return form;
    }
}
