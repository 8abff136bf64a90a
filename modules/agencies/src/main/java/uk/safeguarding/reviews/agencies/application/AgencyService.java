package uk.safeguarding.reviews.agencies.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.List;
import uk.safeguarding.reviews.agencies.domain.Agency;
import uk.safeguarding.reviews.agencies.domain.AgencyContact;
import uk.safeguarding.reviews.agencies.domain.AgencyRepository;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.kernel.Forms;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.thresholds.application.ThresholdsService;

/**
 * The partnership's agencies (issue 5, item 1): the business manager keeps the list, says which
 * agencies stand for the statutory partners of the partnership's thresholds, and names each agency's
 * contacts, who will answer its information requests. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class AgencyService {

    static final String RECORD_TYPE = "agency";

    @Inject
    private AgencyRepository agencies;

    @Inject
    private ThresholdsService thresholds;

    @Inject
    private AuditTrail audit;

    @Inject
    private RoleGate roles;

    @Inject
    private Validator validator;

    public List<AgencyView> list() {
        roles.read(AuditAction.LIST, RECORD_TYPE, null, "the agencies", Role.BUSINESS_MANAGER, Role.PANEL_MEMBER);
        return agencies.all().stream().map(AgencyView::of).toList();
    }

    /** The statutory partners an agency may stand for: those of the thresholds in force. */
    public List<String> statutoryPartners() {
        roles.require(AuditAction.VIEW, RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        return thresholds.inForce().thresholds().statutoryPartners();
    }

    public AgencyView add(AgencyForm form) {
        roles.require(AuditAction.CREATE, RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        Forms.requireValid(validator, form);
        requireUniqueName(form.getName(), null);
        Agency agency = new Agency(form.getName(), form.getKind(), partner(form.getStatutoryPartner()));
        agencies.add(agency);
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, agency.id(), describe(agency));
        return AgencyView.of(agency);
    }

    public AgencyView update(String id, AgencyForm form) {
        roles.require(AuditAction.UPDATE, RECORD_TYPE, id, Role.BUSINESS_MANAGER);
        Forms.requireValid(validator, form);
        Agency agency = find(id, AuditAction.UPDATE);
        requireUniqueName(form.getName(), agency.id());
        String before = describe(agency);
        agency.describe(form.getName(), form.getKind(), partner(form.getStatutoryPartner()));
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, agency.id(), before + " -> " + describe(agency));
        return AgencyView.of(agency);
    }

    public AgencyView addContact(String id, ContactForm form) {
        roles.require(AuditAction.UPDATE, RECORD_TYPE, id, Role.BUSINESS_MANAGER);
        Forms.requireValid(validator, form);
        Agency agency = find(id, AuditAction.UPDATE);
        agency.addContact(new AgencyContact(form.getUsername(), form.getDisplayName(), form.getEmail()));
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, agency.id(), "contact added: " + form.getUsername());
        return AgencyView.of(agency);
    }

    public AgencyView removeContact(String id, String username) {
        roles.require(AuditAction.UPDATE, RECORD_TYPE, id, Role.BUSINESS_MANAGER);
        Agency agency = find(id, AuditAction.UPDATE);
        agency.removeContact(username);
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, agency.id(), "contact removed: " + username);
        return AgencyView.of(agency);
    }

    private String partner(String chosen) {
        if (chosen == null || chosen.isBlank()) {
            return null;
        }
        List<String> partners = thresholds.inForce().thresholds().statutoryPartners();
        return partners.stream().filter(p -> p.equalsIgnoreCase(chosen.strip())).findFirst()
                .orElseThrow(() -> InvalidFieldException.refused("statutoryPartner",
                        "agencies.agency-service.not-one-partnership-statutory-partners", chosen.strip(), partners));
    }

    private void requireUniqueName(String name, String exceptId) {
        agencies.findByName(name).filter(a -> !a.id().equals(exceptId)).ifPresent(a -> {
            throw InvalidFieldException.refused("name", "agencies.agency-service.there-already-agency-called",
                    a.name());
        });
    }

    /** Another partnership's agency id finds nothing here, and the attempt is audited. */
    private Agency find(String id, AuditAction action) {
        return agencies.find(id).orElseThrow(() -> audit.notFound(action, RECORD_TYPE, id));
    }

    private static String describe(Agency agency) {
        return agency.name() + " (" + agency.kind() + (agency.statutoryPartner() == null ? ""
                : ", statutory partner: " + agency.statutoryPartner()) + ")";
    }
}
