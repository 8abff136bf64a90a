package uk.safeguarding.reviews.web.security;

import com.ibm.websphere.security.WSSecurityException;
import com.ibm.websphere.security.openidconnect.PropagationHelper;
import com.ibm.websphere.security.openidconnect.token.IdToken;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import uk.safeguarding.reviews.identity.UserIdentity;

/**
 * Reads the signed-in person from the ID token that Liberty's OpenID Connect client verified
 * (signature, issuer, audience, expiry, nonce) for this session. Nothing the browser sends is read.
 */
public final class TokenClaims {

    private TokenClaims() {
    }

    /** The signed-in person with their roles in every partnership, from the verified ID token. */
    public static Optional<UserIdentity> currentIdentity() {
        IdToken token = PropagationHelper.getIdToken();
        if (token == null) {
            return Optional.empty();
        }
        String username = stringClaim(token, "preferred_username");
        if (username == null) {
            return Optional.empty();
        }
        String name = stringClaim(token, "name");
        return Optional.of(UserIdentity.fromGroupsClaim(username, name, listClaim(token, "groups"),
                stringClaim(token, "email")));
    }

    /** The raw token, to name the session when logging out at Keycloak. */
    static Optional<String> rawIdToken() {
        IdToken token = PropagationHelper.getIdToken();
        if (token == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(token.getRawIdToken());
        } catch (WSSecurityException e) {
            return Optional.empty();
        }
    }

    /**
     * The sign-in service's session this request belongs to ({@code sid}): a new one there is a new
     * sign-in here (issue 18).
     */
    static Optional<String> signInSessionId() {
        IdToken token = PropagationHelper.getIdToken();
        return token == null ? Optional.empty() : Optional.ofNullable(stringClaim(token, "sid"));
    }

    private static String stringClaim(IdToken token, String name) {
        Object value = token.getClaim(name);
        return value == null ? null : value.toString();
    }

    private static List<String> listClaim(IdToken token, String name) {
        Object value = token.getClaim(name);
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            collection.forEach(v -> values.add(String.valueOf(v)));
        } else if (value instanceof Object[] array) {
            for (Object v : array) {
                values.add(String.valueOf(v));
            }
        } else if (value != null) {
            values.add(value.toString());
        }
        return values;
    }
}
