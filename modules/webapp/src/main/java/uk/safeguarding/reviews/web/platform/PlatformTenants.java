package uk.safeguarding.reviews.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.safeguarding.reviews.identity.UserIdentity;
import uk.safeguarding.reviews.tenancy.application.TenantAdministration;
import uk.safeguarding.reviews.tenancy.application.TenantOverview;
import uk.safeguarding.reviews.tenancy.domain.PlatformAct;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * "Partnerships" (issue 18): every partnership on the service with its status, why and by whom it
 * was last changed, its schema's version, and the platform's latest acts. Reads the platform schema
 * and each schema's change log only.
 */
@Named
@RequestScoped
public class PlatformTenants {

    static final int RECENT_ACTS = 25;

    @Inject
    private TenantAdministration administration;

    private List<TenantOverview> partnerships = List.of();
    private List<PlatformAct> acts = List.of();

    public void load() {
        if (PlatformAdmin.current().isEmpty()) {
            Pages.forbidden();
            return;
        }
        partnerships = administration.overview();
        acts = administration.acts(null, RECENT_ACTS);
    }

    /** The signed-in administrator's name, for the header. */
    public String getOperator() {
        return PlatformAdmin.current().map(UserIdentity::displayName).orElse("");
    }

    public List<TenantOverview> getPartnerships() {
        return partnerships;
    }

    public List<PlatformAct> getActs() {
        return acts;
    }
}
