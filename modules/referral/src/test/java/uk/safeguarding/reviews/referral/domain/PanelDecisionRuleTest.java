package uk.safeguarding.reviews.referral.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.safeguarding.reviews.referral.domain.PanelOutcome.COMMENCE_RAPID_REVIEW;
import static uk.safeguarding.reviews.referral.domain.PanelOutcome.INCOMPLETE_RETURN_TO_REFERRER;
import static uk.safeguarding.reviews.referral.domain.PanelOutcome.LOCAL_CASE_REVIEW;
import static uk.safeguarding.reviews.referral.domain.PanelOutcome.NO_REVIEW;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.referral.domain.PanelDecisionRule.Decided;
import uk.safeguarding.reviews.referral.domain.PanelDecisionRule.NotQuorate;
import uk.safeguarding.reviews.referral.domain.PanelDecisionRule.TiedAwaitingVote;
import uk.safeguarding.reviews.referral.domain.PanelDecisionRule.TiedForChair;
import uk.safeguarding.reviews.thresholds.domain.PanelRule;
import uk.safeguarding.reviews.thresholds.domain.TieRule;

/** §7.5: two make a quorum, the majority decides; the tie rule is the partnership's and explicit. */
class PanelDecisionRuleTest {

    private static final PanelRule POLICY = new PanelRule(2, 5, TieRule.CHAIR_DECIDES);
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-26T10:00:00Z");

    @Test
    void oneVoteIsNotAQuorumOfTwo() {
        assertEquals(new NotQuorate(1, 2), PanelDecisionRule.tally(List.of(vote("a", COMMENCE_RAPID_REVIEW)), POLICY));
        assertEquals(new NotQuorate(0, 2), PanelDecisionRule.tally(List.of(), POLICY));
    }

    @Test
    void twoAgreeingVotesDecide() {
        assertEquals(new Decided(COMMENCE_RAPID_REVIEW, 2, 2, false), PanelDecisionRule.tally(List.of(
                vote("a", COMMENCE_RAPID_REVIEW), vote("b", COMMENCE_RAPID_REVIEW)), POLICY));
    }

    @Test
    void theMajorityDecidesWhereThereIsNotAgreement() {
        assertEquals(new Decided(LOCAL_CASE_REVIEW, 2, 3, false), PanelDecisionRule.tally(List.of(
                vote("a", LOCAL_CASE_REVIEW), vote("b", NO_REVIEW), vote("c", LOCAL_CASE_REVIEW)), POLICY));
    }

    @Test
    void aTieGoesWhereThePartnershipsRuleSays() {
        List<PanelVote> split = List.of(vote("a", COMMENCE_RAPID_REVIEW), vote("b", NO_REVIEW));

        assertEquals(new TiedForChair(List.of(COMMENCE_RAPID_REVIEW, NO_REVIEW), 1), PanelDecisionRule.tally(split, POLICY));
        assertEquals(new Decided(COMMENCE_RAPID_REVIEW, 1, 2, true), PanelDecisionRule.tally(split,
                new PanelRule(2, 5, TieRule.COMMENCE_RAPID_REVIEW)));
        assertEquals(new TiedAwaitingVote(List.of(COMMENCE_RAPID_REVIEW, NO_REVIEW), 1), PanelDecisionRule.tally(split,
                new PanelRule(2, 5, TieRule.AWAIT_ANOTHER_VOTE)));
    }

    @Test
    void aThreeWaySplitIsATieToo() {
        assertInstanceOf(TiedForChair.class, PanelDecisionRule.tally(List.of(vote("a", COMMENCE_RAPID_REVIEW),
                vote("b", NO_REVIEW), vote("c", INCOMPLETE_RETURN_TO_REFERRER)), POLICY));
    }

    @Test
    void aConflictedVoteIsKeptButNotCounted() {
        PanelVote conflicted = new PanelVote("c", NO_REVIEW, "Not needed", "I supervised the social worker", AT);

        assertEquals(new NotQuorate(1, 2), PanelDecisionRule.tally(List.of(vote("a", COMMENCE_RAPID_REVIEW),
                conflicted), POLICY));
        assertEquals(new Decided(COMMENCE_RAPID_REVIEW, 2, 2, false), PanelDecisionRule.tally(List.of(
                vote("a", COMMENCE_RAPID_REVIEW), conflicted, vote("b", COMMENCE_RAPID_REVIEW)), POLICY),
                "the conflicted vote stays on the record; the two counted votes decide");
    }

    @Test
    void aLargerQuorumNeedsMoreVotes() {
        PanelRule three = new PanelRule(3, 6, TieRule.CHAIR_DECIDES);
        assertEquals(new NotQuorate(2, 3), PanelDecisionRule.tally(List.of(vote("a", NO_REVIEW), vote("b", NO_REVIEW)),
                three));
    }

    @Test
    void aVoteNeedsAReason() {
        assertThrows(IllegalArgumentException.class, () -> new PanelVote("a", NO_REVIEW, " ", null, AT));
    }

    private static PanelVote vote(String member, PanelOutcome outcome) {
        return new PanelVote(member, outcome, "Because", null, AT);
    }
}
