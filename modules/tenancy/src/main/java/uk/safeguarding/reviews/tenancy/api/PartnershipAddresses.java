package uk.safeguarding.reviews.tenancy.api;

import java.util.List;
import java.util.Optional;

/**
 * Where to e-mail a person of the current partnership (issue 14 §2: each task a person is given
 * also reaches them by e-mail): the address the sign-in service holds for the person who signs in as
 * a name, if they hold a role in this partnership. Never anyone outside it; never a failure of the
 * act that asks: if the sign-in service cannot be reached, no address is known.
 */
public interface PartnershipAddresses {

    Optional<String> emailOf(String username);

    /** The addresses of everyone holding a role (its claim name) in this partnership, sorted; none if unknown. */
    List<String> holdersOf(String roleClaimName);
}
