package uk.safeguarding.reviews.web.platform;

import java.util.Optional;
import uk.safeguarding.reviews.identity.UserIdentity;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.web.security.TokenClaims;

/**
 * Who is using a platform page: a person whose verified token holds the platform-admin role. The
 * container's rule for /platform/* checks the same; each page asks again rather than trust the address.
 */
final class PlatformAdmin {

    private PlatformAdmin() {
    }

    static Optional<UserIdentity> current() {
        return TokenClaims.currentIdentity().filter(user -> user.platformRoles().contains(Role.PLATFORM_ADMIN));
    }
}
