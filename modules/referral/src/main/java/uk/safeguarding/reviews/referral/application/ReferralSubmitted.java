package uk.safeguarding.reviews.referral.application;

import java.util.List;

/**
 * Fired inside the transaction that submits a referral, so other contexts can act on it in the same
 * unit of work (possible links, issue 6). It carries the children as the form names them: observers
 * run in the same partnership and must not let them leave it.
 */
public record ReferralSubmitted(String referralId, String reference, List<ReferralFacts.Person> children) {

    public ReferralSubmitted {
        children = List.copyOf(children);
    }
}
