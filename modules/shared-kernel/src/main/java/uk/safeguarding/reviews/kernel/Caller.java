package uk.safeguarding.reviews.kernel;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The person making the current call, with the roles they hold in the partnership the call is
 * made in. Built only from a verified identity token (or by trusted start-up code for system work).
 */
public record Caller(String username, String displayName, Set<Role> roles, String email) {

    /** A caller whose e-mail address is not known (system work, tests). */
    public Caller(String username, String displayName, Set<Role> roles) {
        this(username, displayName, roles, null);
    }

    public Caller {
        Objects.requireNonNull(username, "username");
        if (username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        email = email == null || email.isBlank() ? null : email.strip();
    }

    /** The identity used for work the platform does itself, such as start-up migrations. */
    public static Caller system() {
        return new Caller("system", "System", Set.of());
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
