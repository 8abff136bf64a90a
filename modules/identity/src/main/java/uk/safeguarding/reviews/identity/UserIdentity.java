package uk.safeguarding.reviews.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;

/**
 * A signed-in person and the roles they hold in each partnership.
 *
 * <p>Keycloak models this with groups: {@code /partnerships/<tenant-slug>/<role>}, one group per
 * role per partnership, and {@code /platform/platform-admin}. Roles are therefore always known per
 * partnership, which organisation membership alone cannot express (README, "Identity").
 */
public record UserIdentity(String username, String displayName, Map<String, Set<Role>> rolesByTenant,
        Set<Role> platformRoles, String email) {

    private static final Pattern TENANT_GROUP = Pattern.compile("/partnerships/([a-z][a-z0-9-]{1,40})/([a-z-]+)");
    private static final Pattern PLATFORM_GROUP = Pattern.compile("/platform/([a-z-]+)");

    public UserIdentity {
        Objects.requireNonNull(username, "username");
        Map<String, Set<Role>> copy = new TreeMap<>();
        rolesByTenant.forEach((slug, roles) -> copy.put(slug, Set.copyOf(roles)));
        rolesByTenant = Map.copyOf(copy);
        platformRoles = Set.copyOf(platformRoles);
    }

    /**
     * Builds the identity from the {@code groups} claim. Unknown roles and malformed paths are
     * ignored rather than guessed at: they grant nothing.
     */
    public static UserIdentity fromGroupsClaim(String username, String displayName, Collection<String> groups) {
        return fromGroupsClaim(username, displayName, groups, null);
    }

    /** As above, with the e-mail address the token gives, where reminders to this person go. */
    public static UserIdentity fromGroupsClaim(String username, String displayName, Collection<String> groups,
            String email) {
        Map<String, Set<Role>> byTenant = new LinkedHashMap<>();
        Set<Role> platform = EnumSet.noneOf(Role.class);
        for (String group : groups == null ? List.<String>of() : groups) {
            Matcher tenantGroup = TENANT_GROUP.matcher(group);
            if (tenantGroup.matches()) {
                Role.fromClaimName(tenantGroup.group(2))
                        .filter(role -> role != Role.PLATFORM_ADMIN)
                        .ifPresent(role -> byTenant.computeIfAbsent(tenantGroup.group(1),
                                slug -> EnumSet.noneOf(Role.class)).add(role));
                continue;
            }
            Matcher platformGroup = PLATFORM_GROUP.matcher(group);
            if (platformGroup.matches()) {
                Role.fromClaimName(platformGroup.group(1))
                        .filter(role -> role == Role.PLATFORM_ADMIN)
                        .ifPresent(platform::add);
            }
        }
        return new UserIdentity(username, displayName, byTenant, platform, email);
    }

    /** The partnerships this person belongs to, by slug, sorted. */
    public List<String> memberSlugs() {
        return new ArrayList<>(new TreeMap<>(rolesByTenant).keySet());
    }

    public boolean isMemberOf(String slug) {
        return rolesByTenant.containsKey(slug);
    }

    /** The caller as seen inside one partnership: only the roles held there. */
    public Caller callerIn(String slug) {
        Set<Role> roles = rolesByTenant.get(slug);
        if (roles == null) {
            throw new IllegalArgumentException(username + " is not a member of " + slug);
        }
        return new Caller(username, displayName, roles, email);
    }
}
