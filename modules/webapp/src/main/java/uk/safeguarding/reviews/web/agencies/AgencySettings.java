package uk.safeguarding.reviews.web.agencies;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import uk.safeguarding.reviews.agencies.application.AgencyForm;
import uk.safeguarding.reviews.agencies.application.AgencyService;
import uk.safeguarding.reviews.agencies.application.AgencyView;
import uk.safeguarding.reviews.agencies.application.ContactForm;
import uk.safeguarding.reviews.agencies.domain.AgencyKind;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.Pages;

/** "Agencies": the partnership's agencies, the statutory partner each stands for, and their contacts. */
@Named
@ViewScoped
public class AgencySettings implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private AgencyService agencies;

    private List<AgencyView> list = List.of();
    private List<String> partners = List.of();
    private final AgencyForm agency = new AgencyForm();
    private final ContactForm contact = new ContactForm();
    private String contactAgencyId;

    public void load() {
        try {
            list = agencies.list();
            partners = agencies.statutoryPartners();
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public String add() {
        try {
            agencies.add(agency);
            Messages.info("agencies.added", agency.getName());
            return "/app/settings/agencies?faces-redirect=true";
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        } catch (ConstraintViolationException e) {
            Messages.besideFields("agency", e);
        } catch (InvalidFieldException e) {
            Messages.besideField("agency", e);
        }
        return null;
    }

    public String addContact() {
        try {
            agencies.addContact(contactAgencyId, contact);
            Messages.info("agencies.contactAdded", contact.getDisplayName());
            return "/app/settings/agencies?faces-redirect=true";
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        } catch (ConstraintViolationException e) {
            Messages.besideFields("contact", e);
        } catch (InvalidFieldException e) {
            Messages.besideField("contact", e);
        } catch (RecordNotFoundException e) {
            Messages.errorFor("contact:agency", Messages.text("agencies.chooseAgency"));
        }
        return null;
    }

    public String removeContact(String agencyId, String username) {
        try {
            agencies.removeContact(agencyId, username);
            return "/app/settings/agencies?faces-redirect=true";
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        } catch (RefusedException | RecordNotFoundException e) {
            Messages.errorFor(null, e.getMessage());
        }
        return null;
    }

    public List<AgencyView> getList() {
        return list;
    }

    public List<String> getPartners() {
        return partners;
    }

    public AgencyKind[] getKinds() {
        return AgencyKind.values();
    }

    public AgencyForm getAgency() {
        return agency;
    }

    public ContactForm getContact() {
        return contact;
    }

    public String getContactAgencyId() {
        return contactAgencyId;
    }

    public void setContactAgencyId(String contactAgencyId) {
        this.contactAgencyId = contactAgencyId;
    }
}
