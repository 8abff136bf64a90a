package uk.safeguarding.reviews.web.linking;

import uk.safeguarding.reviews.identity.UserIdentity;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.web.security.TokenClaims;

/** The signed-in person with every membership, for the pages that work across boards. */
final class SignedIn {

    private SignedIn() {
    }

    static UserIdentity person() {
        // The tenant gate has already refused any request without a verified token.
        return TokenClaims.currentIdentity().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
