package uk.safeguarding.reviews.referral.domain;

import java.util.List;
import java.util.Optional;

/** Referrals of the current tenant. Implementations never look outside it. */
public interface ReferralRepository {

    void add(Referral referral);

    Optional<Referral> find(String id);

    List<Referral> findDrafts(int limit);
}
