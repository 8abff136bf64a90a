package uk.safeguarding.reviews.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.safeguarding.reviews.identity.UserIdentity;
import uk.safeguarding.reviews.tenancy.application.PartnershipActivity;
import uk.safeguarding.reviews.tenancy.application.TenantAdministration;
import uk.safeguarding.reviews.tenancy.application.TenantOverview;
import uk.safeguarding.reviews.tenancy.domain.PlatformAct;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.Pages;

/**
 * "Partnerships" (issue 18): every partnership on the service with its status, why and by whom it
 * was last changed, its schema's version, when it was last used, its people and open reviews as
 * last counted, and the platform's latest acts. Reads the platform schema and each schema's change
 * log only; the counts are made in each partnership by its own modules and kept as numbers.
 */
@Named
@RequestScoped
public class PlatformTenants {

    static final int RECENT_ACTS = 25;

    @Inject
    private TenantAdministration administration;

    @Inject
    private PartnershipActivity activity;

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

    /** Counts every partnership's people and open reviews now rather than at the next sweep. */
    public String countNow() {
        if (PlatformAdmin.current().isEmpty()) {
            Pages.forbidden();
            return null;
        }
        int counted = activity.countAll();
        Messages.info("platform.tenants.counted", counted);
        return "/platform/index?faces-redirect=true";
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
