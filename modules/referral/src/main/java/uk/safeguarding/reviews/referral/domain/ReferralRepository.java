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

    void add(Attachment attachment);

    /** A referral's attachments, oldest first. */
    List<Attachment> attachmentsOf(String referralId);

    Optional<Attachment> attachment(String id);

    void remove(Attachment attachment);

    /** The partnership's attachment rules, or its defaults until a business manager changes them. */
    AttachmentPolicy attachmentPolicy();

    /** The next number of the partnership's referral references. */
    long nextReferenceNumber();
}
