package uk.safeguarding.reviews.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * Where application services check the caller's role in the current partnership. A refusal is
 * audited (in a transaction of its own, through {@link AuditTrail#denied}) before it is thrown.
 */
@ApplicationScoped
public class RoleGate {

    @Inject
    private AuditTrail audit;

    public Caller require(AuditAction action, String recordType, String recordId, Role... roles) {
        Caller caller = TenantContext.caller();
        if (!caller.hasAnyRole(roles)) {
            audit.denied(action, recordType, recordId, "missing role: one of " + Arrays.toString(roles));
            throw new AccessDeniedException(caller.username() + " lacks any of " + Arrays.toString(roles));
        }
        return caller;
    }

    /**
     * Checks the role as {@link #require} does, and records the read as allowed in the caller's
     * transaction (issue 18): the deadline dashboard, clock explanations and settings pages are
     * audited like any other read of the partnership's records.
     */
    public Caller read(AuditAction action, String recordType, String recordId, String what, Role... roles) {
        Caller caller = require(action, recordType, recordId, roles);
        audit.allowed(action, recordType, recordId, what);
        return caller;
    }
}
