package uk.safeguarding.reviews.referral.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.thresholds.domain.PanelRule;
import uk.safeguarding.reviews.thresholds.domain.TieRule;

/** A referral from draft to decision, through each of the four outcomes (§7.4-7.5). */
class ReferralLifecycleTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-23T09:00:00Z");
    private static final PanelRule RULE = new PanelRule(2, 5, TieRule.CHAIR_DECIDES);

    @Test
    void twoAgreeingVotesCommenceARapidReview() {
        Referral referral = forwarded();

        assertInstanceOf(PanelDecisionRule.NotQuorate.class, referral.vote(vote("nm.panel", PanelOutcome.COMMENCE_RAPID_REVIEW), RULE));
        assertEquals(ReferralStatus.WITH_PANEL, referral.status());
        referral.vote(vote("sv.panel", PanelOutcome.COMMENCE_RAPID_REVIEW), RULE);

        assertEquals(ReferralStatus.DECIDED, referral.status());
        assertEquals(PanelOutcome.COMMENCE_RAPID_REVIEW, referral.outcome());
        assertEquals(DecisionRoute.PANEL_MAJORITY, referral.decisionRoute());
        assertTrue(referral.decisionRationale().contains("nm.panel: Serious injury, neglect suspected"));
    }

    @Test
    void aLateVoteAndASecondVoteAreRefusedAndEarlierVotesStayIntact() {
        Referral referral = forwarded();
        referral.vote(vote("a", PanelOutcome.LOCAL_CASE_REVIEW), RULE);

        assertThrows(IllegalStateException.class, () -> referral.vote(vote("a", PanelOutcome.NO_REVIEW), RULE),
                "a second vote by the same member");
        referral.vote(vote("b", PanelOutcome.LOCAL_CASE_REVIEW), RULE);
        assertThrows(IllegalStateException.class, () -> referral.vote(vote("c", PanelOutcome.NO_REVIEW), RULE),
                "a vote after the decision");

        assertEquals(2, referral.votes().size());
        assertEquals(PanelOutcome.LOCAL_CASE_REVIEW, referral.outcome());
    }

    @Test
    void aChangedVoteSupersedesTheFirstWithAReasonAndBothStayOnRecord() {
        Referral referral = forwarded();
        referral.vote(vote("a", PanelOutcome.NO_REVIEW), RULE);

        referral.supersedeVote(vote("a", PanelOutcome.COMMENCE_RAPID_REVIEW), "Police shared the injury report", RULE);
        referral.vote(vote("b", PanelOutcome.COMMENCE_RAPID_REVIEW), RULE);

        assertEquals(3, referral.votes().size());
        assertEquals("Police shared the injury report", referral.votes().get(0).supersededBecause());
        assertEquals(PanelOutcome.COMMENCE_RAPID_REVIEW, referral.outcome());
    }

    @Test
    void aTieGoesToTheChairWhoChoosesBetweenTheTiedOutcomes() {
        Referral referral = forwarded();
        referral.vote(vote("a", PanelOutcome.COMMENCE_RAPID_REVIEW), RULE);
        referral.vote(vote("b", PanelOutcome.NO_REVIEW), RULE);
        assertEquals(ReferralStatus.WITH_PANEL, referral.status());

        assertThrows(IllegalArgumentException.class, () -> referral.chairDecidesTie("chair", PanelOutcome.LOCAL_CASE_REVIEW,
                "Neither", RULE, T0.plusHours(5)));
        assertThrows(IllegalArgumentException.class, () -> referral.chairDecidesTie("chair", null, "Nothing chosen",
                RULE, T0.plusHours(5)), "a missing choice is refused, not a fault");
        referral.chairDecidesTie("chair", PanelOutcome.COMMENCE_RAPID_REVIEW, "Harm is serious", RULE, T0.plusHours(5));

        assertEquals(DecisionRoute.CHAIR_ON_TIE, referral.decisionRoute());
        assertEquals("chair", referral.decidedBy());
    }

    @Test
    void anIncompleteReferralIsReturnedAndItsResubmissionKeepsTheEarlierVersion() {
        Referral referral = forwarded();
        referral.vote(new PanelVote("a", PanelOutcome.INCOMPLETE_RETURN_TO_REFERRER, "No date of birth", null, T0.plusHours(3)), RULE);
        referral.vote(new PanelVote("b", PanelOutcome.INCOMPLETE_RETURN_TO_REFERRER, "Agencies not listed", null, T0.plusHours(4)), RULE);

        assertEquals(ReferralStatus.RETURNED, referral.status());
        assertTrue(referral.submissions().get(0).returnedBecause().contains("No date of birth"));
        referral.revise(List.of("JS"), LocalDate.of(2026, 11, 20), "Child admitted; born 3 May 2019; GP and school involved",
                "nm.referrer", T0.plusDays(2));
        assertTrue(referral.submit(null, 7, "nm.referrer", T0.plusDays(2)), "a re-submission");

        assertEquals(ReferralStatus.SUBMITTED, referral.status());
        assertEquals("REF-2026-0001", referral.reference(), "the reference stays");
        assertEquals(2, referral.submissions().size());
        assertEquals("Child admitted with injuries", referral.submissions().get(0).summary());
        assertNull(referral.outcome());
        assertTrue(referral.votes().stream().noneMatch(RecordedVote::isCurrent), "the earlier round's votes are kept, superseded");
        assertEquals(1, referral.thresholdVersion(), "it keeps the thresholds it was first judged under");
    }

    @Test
    void noReviewCanBeDisputedAndIsSettledWithTheAdvisersView() {
        Referral referral = forwarded();
        referral.vote(vote("a", PanelOutcome.NO_REVIEW), RULE);
        referral.vote(vote("b", PanelOutcome.NO_REVIEW), RULE);

        assertThrows(IllegalStateException.class, () -> referral.disagree("someone.else", "No", T0.plusDays(1)));
        referral.disagree("nm.referrer", "The hospital found old fractures", T0.plusDays(1));
        assertThrows(IllegalStateException.class, () -> referral.finalDecision("nm.manager", PanelOutcome.NO_REVIEW,
                "x", T0.plusDays(2)), "the adviser's view comes first");
        referral.recordAdviserView("nm.manager", "A local case review would find learning", T0.plusDays(2));
        assertEquals("Choose the outcome", assertThrows(IllegalArgumentException.class, () -> referral.finalDecision(
                "nm.manager", null, "x", T0.plusDays(2))).getMessage());
        referral.finalDecision("nm.manager", PanelOutcome.LOCAL_CASE_REVIEW, "Agreed with the adviser", T0.plusDays(2));

        assertEquals(ReferralStatus.DECIDED, referral.status());
        assertEquals(DecisionRoute.FINAL_AFTER_DISAGREEMENT, referral.decisionRoute());
        assertEquals("The hospital found old fractures", referral.disagreement());
    }

    @Test
    void theBusinessManagerCommencesAnObviousRapidReviewAtOnce() {
        Referral referral = submitted();

        referral.commenceRapidReviewAtOnce("nm.manager", "Child died; abuse suspected", T0.plusHours(1));

        assertEquals(DecisionRoute.BUSINESS_MANAGER_AT_ONCE, referral.decisionRoute());
        assertFalse(referral.votes().iterator().hasNext());
    }

    @Test
    void onlyTheReferrerSubmitsAndNothingIsVotedBeforeItReachesThePanel() {
        Referral draft = draft();
        assertThrows(IllegalStateException.class, () -> draft.submit("REF-2026-0001", 1, "someone.else", T0));
        draft.submit("REF-2026-0001", 1, "nm.referrer", T0);
        assertThrows(IllegalStateException.class, () -> draft.vote(vote("a", PanelOutcome.NO_REVIEW), RULE));
    }

    @Test
    void theAgencysVerifierVerifiesOrReturnsItBeforeThePartnershipReceivesIt() {
        // §7.3 (issue 14 §1): verification is the named verifier's act, not the referrer's declaration.
        Referral draft = draft();
        assertThrows(IllegalArgumentException.class, () -> draft.sendForVerification("nm.referrer", null, "nm.referrer",
                T0), "a referrer does not verify their own referral");
        draft.sendForVerification("nm.referrer", "r@example.test", "nm.verifier", T0);
        assertEquals(ReferralStatus.AWAITING_VERIFICATION, draft.status());
        assertNull(draft.reference(), "the partnership has not received it");
        assertThrows(IllegalStateException.class, () -> draft.submit("REF-2026-0003", 1, "nm.referrer", T0),
                "nor can it be sent round the verifier");
        assertThrows(IllegalStateException.class, () -> draft.verify("someone.else", "Someone", null, T0),
                "only the verifier named");
        assertThrows(IllegalArgumentException.class, () -> draft.returnFromVerification("nm.verifier", " ", T0),
                "a return says what to change");

        draft.returnFromVerification("nm.verifier", "Add the GP's involvement", T0.plusHours(1));
        assertEquals(ReferralStatus.DRAFT, draft.status(), "back with the referrer, to change");
        assertEquals("Add the GP's involvement", draft.verificationReturnedBecause());

        draft.sendForVerification("nm.referrer", "r@example.test", "NM.VERIFIER", T0.plusHours(2));
        assertNull(draft.verificationReturnedBecause(), "a new request starts clean");
        draft.verify("nm.verifier", "Vera Verifier", "Checked with the designated lead", T0.plusHours(3));
        assertEquals("Vera Verifier", draft.verifiedBy());
        assertEquals(T0.plusHours(3), draft.verifiedAt());
        assertEquals(ReferralStatus.DRAFT, draft.status(), "verified, it goes to the partnership next");
        draft.submit("REF-2026-0003", 1, "nm.referrer", "r@example.test", T0.plusHours(3));
        assertEquals(ReferralStatus.SUBMITTED, draft.status());
        assertEquals("Vera Verifier", draft.verifiedBy(), "and the verification stays on record");
    }

    @Test
    void eachKindOfReferralHasItsOwnOutcomes() {
        Referral goodOutcome = Referral.startDraft(Referral.newId(), ReferralKind.GOOD_OUTCOME, List.of("JS"),
                LocalDate.of(2026, 11, 20), "Exceptional joint work", "nm.referrer", T0.minusHours(1));
        goodOutcome.submit("REF-2026-0002", 1, "nm.referrer", T0);
        goodOutcome.forwardToPanel("nm.manager", T0.plusHours(1));

        assertThrows(IllegalArgumentException.class, () -> goodOutcome.vote(vote("a", PanelOutcome.COMMENCE_RAPID_REVIEW), RULE));
        goodOutcome.vote(vote("a", PanelOutcome.GOOD_OUTCOME_REVIEW), RULE);
        goodOutcome.vote(vote("b", PanelOutcome.GOOD_OUTCOME_REVIEW), RULE);
        assertEquals(PanelOutcome.GOOD_OUTCOME_REVIEW, goodOutcome.outcome());
        assertThrows(IllegalArgumentException.class, () -> forwarded().vote(vote("a", PanelOutcome.GOOD_OUTCOME_REVIEW), RULE),
                "a Document 7 referral does not lead to a Good Outcome Review");
    }

    private static Referral draft() {
        return Referral.startDraft(Referral.newId(), List.of("JS"), LocalDate.of(2026, 11, 20),
                "Child admitted with injuries", "nm.referrer", T0.minusHours(1));
    }

    private static Referral submitted() {
        Referral referral = draft();
        assertFalse(referral.submit("REF-2026-0001", 1, "nm.referrer", T0));
        return referral;
    }

    private static Referral forwarded() {
        Referral referral = submitted();
        referral.forwardToPanel("nm.manager", T0.plusHours(2));
        return referral;
    }

    private static PanelVote vote(String member, PanelOutcome outcome) {
        return new PanelVote(member, outcome, "Serious injury, neglect suspected", null, T0.plusHours(3));
    }
}
