package uk.safeguarding.reviews.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.Callable;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;
import uk.safeguarding.reviews.tenancy.api.TenantContext;
import uk.safeguarding.reviews.tenancy.application.TenantAdministration;
import uk.safeguarding.reviews.tenancy.domain.BoardKind;

/** Provisions test partnerships through the real service and runs work inside them. */
@ApplicationScoped
public class TestTenants {

    @Inject
    private TenantAdministration administration;

    public ActiveTenant provision(String slug) {
        return administration.provision(slug, "Test partnership " + slug, BoardKind.CHILDREN_SAFEGUARDING_PARTNERSHIP)
                .asActive();
    }

    public ActiveTenant provision(String slug, BoardKind kind) {
        return administration.provision(slug, "Test board " + slug, kind).asActive();
    }

    public static Caller referrer(String username) {
        return new Caller(username, username, Set.of(Role.REFERRER));
    }

    public static <T> T as(ActiveTenant tenant, Caller caller, Callable<T> work) {
        try {
            return TenantContext.call(tenant, caller, work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
