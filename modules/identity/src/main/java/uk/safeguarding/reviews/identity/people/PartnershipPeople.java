package uk.safeguarding.reviews.identity.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Forms;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.tenancy.api.PartnershipDirectory;
import uk.safeguarding.reviews.tenancy.api.PartnershipDirectory.Member;
import uk.safeguarding.reviews.tenancy.api.PartnershipDirectory.Placed;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/**
 * The partnership's people (issue 18): the business manager gives and takes its roles, by e-mail
 * address, through the sign-in service; a person new to the service is invited by e-mail. Only the
 * partnership being worked in is ever touched: its short name comes from the tenant context, never
 * from the request. Every change is audited in the partnership's trail, in the transaction that
 * follows the sign-in service's answer (the directory is not transactional: its change is made first,
 * and a refusal there leaves no row claiming it).
 */
@ApplicationScoped
@Transactional
public class PartnershipPeople {

    static final String RECORD_TYPE = "person";

    @Inject
    private PartnershipDirectory directory;

    @Inject
    private RoleGate roles;

    @Inject
    private AuditTrail audit;

    @Inject
    private Validator validator;

    public List<Member> people() {
        roles.read(AuditAction.LIST, RECORD_TYPE, null, "the partnership's people", Role.BUSINESS_MANAGER);
        return directory.people(TenantContext.tenant().slug());
    }

    /** The roles a person can hold in a partnership: every role but the platform's own. */
    public List<Role> roles() {
        return Arrays.stream(Role.values()).filter(role -> role != Role.PLATFORM_ADMIN).toList();
    }

    public Placed give(RoleGrantForm form) {
        roles.require(AuditAction.CREATE, RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        Forms.requireValid(validator, form);
        if (form.getRole() == Role.PLATFORM_ADMIN) {
            throw InvalidFieldException.refused("role",
                    "identity.partnership-people.platform-administrators-are-not-partnership");
        }
        String email = form.getEmail().toLowerCase(Locale.ROOT);
        Placed placed = directory.place(TenantContext.tenant().slug(), form.getRole().claimName(), form.getFullName(),
                email);
        audit.allowed(AuditAction.CREATE, RECORD_TYPE, email, "Gave " + form.getFullName() + " <" + email + "> the role "
                + form.getRole().claimName() + (placed == Placed.INVITED ? "; invited by e-mail to set a password"
                        : "; already signs in"));
        return placed;
    }

    /**
     * Takes a role away. The business manager's own role is kept while they are the partnership's only
     * business manager, so a partnership is never left with nobody to manage its people.
     */
    public void take(String email, String roleClaimName) {
        Caller caller = roles.require(AuditAction.DELETE, RECORD_TYPE, email, Role.BUSINESS_MANAGER);
        Role role = Role.fromClaimName(roleClaimName).filter(r -> r != Role.PLATFORM_ADMIN)
                .orElseThrow(() -> InvalidFieldException.refused("role",
                        "identity.partnership-people.there-no-role-called", roleClaimName));
        String slug = TenantContext.tenant().slug();
        if (role == Role.BUSINESS_MANAGER
                && directory.membersOf(slug, role.claimName()).stream().allMatch(email::equalsIgnoreCase)) {
            throw RefusedException.because("identity.partnership-people.partnership-needs-least-one-business");
        }
        directory.remove(slug, role.claimName(), email);
        audit.allowed(AuditAction.DELETE, RECORD_TYPE, email, caller.username() + " took the role " + role.claimName()
                + " away from " + email);
    }
}
