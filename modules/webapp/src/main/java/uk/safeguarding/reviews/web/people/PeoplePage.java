package uk.safeguarding.reviews.web.people;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguarding.reviews.identity.people.PartnershipPeople;
import uk.safeguarding.reviews.identity.people.RoleGrantForm;
import uk.safeguarding.reviews.identity.sessions.PartnershipSessions;
import uk.safeguarding.reviews.identity.sessions.SessionLimitsForm;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.tenancy.api.PartnershipDirectory.DirectoryException;
import uk.safeguarding.reviews.tenancy.api.PartnershipDirectory.Member;
import uk.safeguarding.reviews.tenancy.api.PartnershipDirectory.Placed;
import uk.safeguarding.reviews.web.shell.FormActions;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * "People" (issue 18): the business manager sees who holds which of the partnership's roles, gives
 * a role to someone by e-mail address (a person new to the service is invited) and takes one away,
 * and sets how long the partnership's people stay signed in.
 */
@Named
@ViewScoped
public class PeoplePage implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final String HERE = "/app/settings/people?faces-redirect=true";

    @Inject
    private PartnershipPeople people;

    @Inject
    private PartnershipSessions sessions;

    private List<Member> members;
    private RoleGrantForm form = new RoleGrantForm();
    private String unreachable;
    private PartnershipSessions.Settings sessionSettings;
    private SessionLimitsForm sessionForm;

    public void load() {
        sessionSettings = Pages.shownOrNull(sessions::settings);
        if (sessionSettings != null && sessionForm == null) {
            sessionForm = SessionLimitsForm.of(sessionSettings.limits());
        }
        try {
            members = Pages.shownOrNull(people::people);
        } catch (DirectoryException e) {
            members = List.of();
            unreachable = e.getMessage();
        }
    }

    public String give() {
        try {
            Placed[] placed = new Placed[1];
            String outcome = FormActions.attempt("giveForm", "give", () -> placed[0] = people.give(form),
                    "people.given", HERE);
            if (outcome != null && placed[0] == Placed.INVITED) {
                Messages.info("people.invited", form.getEmail());
            }
            return outcome;
        } catch (DirectoryException e) {
            Messages.errorFor("giveForm:give", Messages.text("people.directoryFailed", e.getMessage()));
            return null;
        }
    }

    public String take(String email, String role) {
        try {
            return FormActions.attempt("membersForm", "take", () -> people.take(email, role), "people.taken", HERE);
        } catch (DirectoryException e) {
            Messages.errorFor(null, Messages.text("people.directoryFailed", e.getMessage()));
            return null;
        }
    }

    /** How long the partnership's people stay signed in (issue 18). */
    public String saveSessionLimits() {
        return FormActions.attempt("sessionsForm", "saveSessions", () -> sessions.change(sessionForm),
                "sessions.saved", HERE);
    }

    public PartnershipSessions.Settings getSessionSettings() {
        return sessionSettings;
    }

    public SessionLimitsForm getSessionForm() {
        return sessionForm;
    }

    public List<Role> getRoles() {
        return people.roles();
    }

    public List<Member> getMembers() {
        return members;
    }

    public RoleGrantForm getForm() {
        return form;
    }

    public String getUnreachable() {
        return unreachable;
    }
}
