package uk.safeguarding.reviews.referral.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import uk.safeguarding.reviews.clocks.application.ClockLine;
import uk.safeguarding.reviews.referral.domain.DecisionRoute;
import uk.safeguarding.reviews.referral.domain.OutsideReceipt;
import uk.safeguarding.reviews.referral.domain.PanelDecisionRule;
import uk.safeguarding.reviews.referral.domain.PanelOutcome;
import uk.safeguarding.reviews.referral.domain.RecordedVote;
import uk.safeguarding.reviews.referral.domain.ReferralKind;
import uk.safeguarding.reviews.referral.domain.Referral;
import uk.safeguarding.reviews.referral.domain.Submission;
import uk.safeguarding.reviews.referral.domain.content.ReferralContent;

/**
 * One referral with its decision, votes, submissions and clocks: a copy for the pages, never the entity.
 * While it is with the panel, {@code tally} says where the counted votes stand (null otherwise).
 * {@code outside} says who sent a referral the business unit keyed in, how and when (§7.3-7.4); null
 * for one made in the product.
 */
public record ReferralDetail(String id, String reference, ReferralKind kind, String status, List<String> childInitials,
        LocalDate incidentDate, String summary, String createdBy, OffsetDateTime submittedAt, PanelOutcome outcome,
        DecisionRoute decisionRoute, String decidedBy, OffsetDateTime decidedAt, String decisionRationale,
        String disagreement, String adviserView, String reviewId, List<Vote> votes, List<Past> submissions,
        List<ClockLine> clocks, PanelDecisionRule.Tally tally, boolean mine, ReferralContent content, String receivedFrom,
        String handedOverTo, Verification verification, OutsideReceipt outside) {

    /**
     * §7.3 in the product: the agency's verifier the referrer named, and, once they acted, who
     * verified it and when, or why they sent it back. Null when the referrer named no verifier.
     */
    public record Verification(String verifier, OffsetDateTime askedAt, String verifiedBy, OffsetDateTime verifiedAt,
            String note, String returnedBecause) {
    }

    /** A vote as the record shows it. */
    public record Vote(String member, PanelOutcome outcome, String reason, String conflictOfInterest,
            OffsetDateTime at, OffsetDateTime supersededAt, String supersededBecause) {

        public boolean counted() {
            return conflictOfInterest == null && supersededAt == null;
        }
    }

    /** An earlier (or the current) submission. */
    public record Past(OffsetDateTime submittedAt, String childInitials, LocalDate incidentDate, String summary,
            String returnedBecause) {
    }

    public String childInitialsText() {
        return String.join(", ", childInitials);
    }

    static ReferralDetail of(Referral r, List<ClockLine> clocks, PanelDecisionRule.Tally tally, boolean showVotes,
            boolean mine) {
        List<Vote> votes = showVotes ? r.votes().stream().map(ReferralDetail::vote).toList() : List.of();
        return new ReferralDetail(r.id(), r.reference(), r.kind(), r.status().name(), r.childInitials(), r.incidentDate(),
                r.summary(), r.createdBy(), r.submittedAt(), r.outcome(), r.decisionRoute(), r.decidedBy(),
                r.decidedAt(), r.decisionRationale(), r.disagreement(), r.adviserView(), r.reviewId(), votes,
                r.submissions().stream().map(ReferralDetail::past).toList(), clocks, tally, mine, r.content(),
                r.receivedFrom(), r.handedOverTo(), r.verifier() == null ? null : new Verification(r.verifier(),
                        r.verificationAskedAt(), r.verifiedBy(), r.verifiedAt(), r.verificationNote(),
                        r.verificationReturnedBecause()), r.outsideReceipt().orElse(null));
    }

    private static Vote vote(RecordedVote recorded) {
        var v = recorded.vote();
        return new Vote(v.member(), v.outcome(), v.reason(), v.conflictOfInterest(), v.at(), recorded.supersededAt(),
                recorded.supersededBecause());
    }

    private static Past past(Submission s) {
        return new Past(s.submittedAt(), s.childInitials(), s.incidentDate(), s.summary(), s.returnedBecause());
    }
}
