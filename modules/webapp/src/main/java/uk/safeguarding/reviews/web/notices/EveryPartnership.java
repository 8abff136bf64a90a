package uk.safeguarding.reviews.web.notices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.tenancy.api.TenantContext;
import uk.safeguarding.reviews.tenancy.application.TenantAdministration;
import uk.safeguarding.reviews.tenancy.domain.Tenant;
import uk.safeguarding.reviews.web.startup.PlatformStartup;

/**
 * Scheduled work done in each active partnership in turn, as the system, inside that partnership's
 * tenant context: one partnership's failure is logged and never stops the others'.
 */
@ApplicationScoped
public class EveryPartnership {

    private static final Logger LOG = Logger.getLogger(EveryPartnership.class.getName());

    @Inject
    private TenantAdministration tenants;

    @Inject
    private PlatformStartup startup;

    /** Runs {@code work} in every active partnership and adds up what each returns; nothing before start-up is done. */
    public int sum(String what, Function<Tenant, Callable<Integer>> work) {
        if (!startup.isReady()) {
            return 0;
        }
        int total = 0;
        for (Tenant tenant : tenants.listTenants()) {
            if (!tenant.isActive()) {
                continue;
            }
            try {
                total += TenantContext.call(tenant.asActive(), Caller.system(), work.apply(tenant));
            } catch (Exception e) {
                LOG.log(Level.WARNING, what + " failed for " + tenant.slug(), e);
            }
        }
        return total;
    }
}
