package uk.safeguarding.reviews.referral.domain;

import java.util.List;
import java.util.Optional;

/** Referrals of the current tenant. Implementations never look outside it. */
public interface ReferralRepository {

    void add(Referral referral);

    Optional<Referral> find(String id);

    List<Referral> findDrafts(int limit);

    /** Submitted referrals, newest first: the business unit's and the panel's inbox. */
    List<Referral> findSubmitted(int limit);

    /** A referrer's own referrals, drafts included, newest first. */
    List<Referral> findByReferrer(String username, int limit);

    /** The next number of the partnership's referral references. */
    long nextReferenceNumber();
}
