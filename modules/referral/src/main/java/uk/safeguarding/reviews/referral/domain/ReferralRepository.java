package uk.safeguarding.reviews.referral.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Referrals of the current tenant. Implementations never look outside it. */
public interface ReferralRepository {

    void add(Referral referral);

    /** §10.3 i: a judgement of repeat incidence. */
    void add(RepeatJudgement judgement);

    /** The judgements of repeat incidence on these referrals, oldest first (the newest per review stands). */
    List<RepeatJudgement> repeatJudgementsOf(Collection<String> referralIds);

    Optional<Referral> find(String id);

    List<Referral> findDrafts(int limit);

    /**
     * Referrals the partnership has received, narrowed and ordered as {@code query} says, from
     * {@code offset}: the business unit's and the panel's inbox.
     */
    List<ReferralRow> submittedRows(InboxQuery query, int offset, int limit);

    long countSubmitted(InboxQuery query);

    /** The year the first referral was received here, if any has been. */
    Optional<Integer> firstYearReceived();

    /** The order of the inbox, by when each referral was received. */
    enum Order {
        NEWEST,
        OLDEST
    }

    /**
     * What the inbox is narrowed to, each part null for "any": a status, a form, and the span in which
     * a referral was received ({@code from} inclusive, {@code before} exclusive).
     */
    record InboxQuery(ReferralStatus status, ReferralKind kind, java.time.OffsetDateTime from,
            java.time.OffsetDateTime before, Order order) {

        public static final InboxQuery EVERYTHING = new InboxQuery(null, null, null, null, Order.NEWEST);
    }

    /** The oldest first, at most {@code limit}: referrals in {@code status} (a work list's). */
    List<ReferralRow> rowsInStatus(ReferralStatus status, int limit);

    /** §7.5: referrals whose "no review" the referrer disputes, still waiting for the Independent Adviser's view. */
    List<ReferralRow> disputedAwaitingAdviser(int limit);

    /** Who sees which referrals, for a query: everyone's, those received, a referrer's own, a verifier's. */
    record Visibility(boolean all, boolean received, String referrer, String verifier) {
        public boolean any() {
            return all || received || referrer != null || verifier != null;
        }
    }

    /** Referrals whose reference is like {@code pattern} or with a child of exactly {@code initials}, as visible. */
    List<ReferralRow> search(String pattern, String initials, Visibility visibility, int limit);

    /** §7.3: referrals waiting for this verifier to verify them for their agency, oldest first. */
    List<ReferralRow> awaitingVerificationBy(String verifier, int limit);

    /** With the Virtual Panel and not yet voted on by {@code member}, the oldest first. */
    List<ReferralRow> awaitingVoteOf(String member, int limit);

    /** Written in the product by {@code username} and returned to them as incomplete (§7.4), the oldest first. */
    List<ReferralRow> returnedTo(String username, int limit);

    /** Referrals keyed in from outside (§7.3-7.4) and returned as incomplete: the business unit's to complete, oldest first. */
    List<ReferralRow> returnedKeyedIn(int limit);

    /** Drafts, newest first, from {@code offset}: everyone's when {@code createdBy} is null, else that referrer's. */
    List<ReferralRow> draftRows(String createdBy, int offset, int limit);

    long countDrafts(String createdBy);

    /** A referrer's own referrals, drafts included, most recently changed first, from {@code offset}. */
    List<ReferralRow> rowsOfReferrer(String username, int offset, int limit);

    long countOfReferrer(String username);

    /** The children's initials of each referral named, in the form's order, in one read. */
    Map<String, List<String>> childInitials(Collection<String> referralIds);

    /**
     * Every referral the partnership received between the two moments (its first submission), not
     * one it handed over to another partnership: that one is counted where it went (§10.2, §10.3 a).
     */
    List<ReceivedReferral> receivedBetween(java.time.OffsetDateTime from, java.time.OffsetDateTime to);

    /** A received referral as the executive's figures count it. */
    record ReceivedReferral(String id, String reference, ReferralKind kind, PanelOutcome outcome,
            java.time.OffsetDateTime receivedAt, String referrerAgency) {
    }

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
