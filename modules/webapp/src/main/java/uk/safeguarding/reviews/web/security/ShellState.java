package uk.safeguarding.reviews.web.security;

import java.util.List;
import java.util.Set;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.review.domain.ReviewAct;
import uk.safeguarding.reviews.tenancy.domain.Tenant;

/** What the page header shows: who is signed in, in which partnership, and where else they may go. */
public record ShellState(String userDisplayName, Set<Role> roles, String tenantSlug, String tenantDisplayName,
        List<Tenant> switchable) {

    public List<String> roleNames() {
        return roles.stream().map(Role::claimName).sorted().toList();
    }

    /** For showing only what the person may use here; the services check again. */
    public boolean holds(String roleClaimName) {
        return roles.stream().anyMatch(r -> r.claimName().equals(roleClaimName));
    }

    /** Whether a role of theirs may do this to some review ({@code ReviewAct}'s name): the menu asks, the services decide. */
    public boolean mayOnReviews(String act) {
        return ReviewAct.valueOf(act).allows(roles);
    }

    public String rolesText() {
        return String.join(", ", roleNames());
    }

    public boolean canSwitch() {
        return switchable.size() > 1;
    }
}
