package uk.safeguarding.reviews.rapidreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.rapidreview.domain.CrossRequestIndex;
import uk.safeguarding.reviews.tenancy.api.TenantContext;
import uk.safeguarding.reviews.tenancy.api.TenantCrossing;
import uk.safeguarding.reviews.tenancy.domain.Tenant;
import uk.safeguarding.reviews.tenancy.domain.TenantRegistry;

/**
 * The contributor's side of a cross-boundary request (§10.2): from their own partnership they see
 * the requests other partnerships sent their agency naming them, and work on exactly that request
 * inside the asking partnership, as its contributor for that request and nothing else. Anything
 * else is not found, audited where they asked.
 */
@ApplicationScoped
public class CrossBoundaryTasks {

    @Inject
    private CrossRequestIndex index;

    @Inject
    private AgencyReturns returns;

    @Inject
    private TenantCrossing crossing;

    @Inject
    private TenantRegistry registry;

    @Inject
    private AuditTrail audit;

    @Inject
    private RoleGate roles;

    @Transactional
    public List<CrossBoundaryTask> mine() {
        Caller caller = roles.require(AuditAction.LIST, InformationRequests.RECORD_TYPE, null, Role.AGENCY_CONTRIBUTOR);
        List<CrossBoundaryTask> tasks = index.toContact(TenantContext.tenant().slug(), caller.username()).stream()
                .map(entry -> new CrossBoundaryTask(entry.requestId(), entry.fromTenant(), registry
                        .findBySlug(entry.fromTenant()).map(Tenant::displayName).orElse(entry.fromTenant()),
                        entry.reviewReference(), entry.agencyName(), entry.sentAt()))
                .toList();
        audit.allowed(AuditAction.LIST, InformationRequests.RECORD_TYPE, null, tasks.size()
                + " requests from other partnerships listed");
        return tasks;
    }

    /**
     * Does one thing with one request of another partnership, in that partnership, as a contributor
     * whose only access there is this request: the work is given the request's id from the index, and
     * AgencyReturns checks that the request names them.
     */
    public <T> T act(String fromTenant, String requestId, BiFunction<AgencyReturns, String, T> work) {
        Caller caller = roles.require(AuditAction.VIEW, InformationRequests.RECORD_TYPE, requestId, Role.AGENCY_CONTRIBUTOR);
        String here = TenantContext.tenant().slug();
        CrossRequestIndex.Entry entry = index.find(requestId == null ? "" : requestId.strip(),
                        fromTenant == null ? "" : fromTenant, here)
                .filter(found -> found.names(caller.username()))
                .orElseThrow(() -> audit.notFound(AuditAction.VIEW, InformationRequests.RECORD_TYPE, requestId));
        Tenant from = registry.findBySlug(entry.fromTenant()).filter(Tenant::isActive)
                .orElseThrow(() -> audit.notFound(AuditAction.VIEW, InformationRequests.RECORD_TYPE, requestId));
        Caller contributorThere = new Caller(caller.username(), caller.displayName(), Set.of(Role.AGENCY_CONTRIBUTOR),
                caller.email());
        return crossing.callIn(from.asActive(), contributorThere, () -> work.apply(returns, entry.requestId()));
    }
}
