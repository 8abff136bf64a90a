package uk.safeguarding.reviews.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguarding.reviews.web.security.ShellState;
import uk.safeguarding.reviews.web.security.TenantGateFilter;

/** The page header's data, and switching between the partnerships a person belongs to. */
@Named("shell")
@RequestScoped
public class Shell implements Serializable {
    private static final long serialVersionUID = 1L;

    private String switchTo;

    public ShellState getState() {
        return (ShellState) FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .get(TenantGateFilter.SHELL);
    }

    public String getSwitchTo() {
        return switchTo == null && getState() != null ? getState().tenantSlug() : switchTo;
    }

    public void setSwitchTo(String switchTo) {
        this.switchTo = switchTo;
    }

    /**
     * Remembers the person's pick for the next request; the tenant gate checks it against the
     * token's memberships before it counts, so picking a partnership one does not belong to does
     * nothing.
     */
    public String switchPartnership() {
        ShellState state = getState();
        boolean member = state != null && state.switchable().stream().anyMatch(t -> t.slug().equals(switchTo));
        if (member) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getSessionMap().put(TenantGateFilter.CHOSEN_TENANT, switchTo);
        }
        return "/app/index?faces-redirect=true";
    }
}
