package uk.safeguarding.reviews.review.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.Role;

/** The one table of who may do what to a review (issue 13 §2), checked against the 2019 policy. */
class ReviewActTest {

    @Test
    void onlyTheBusinessUnitRunsAReview() {
        // §7.7-7.13: the business unit sends the requests, books and records the meeting, sends the report.
        assertEquals(EnumSet.of(Role.BUSINESS_MANAGER), ReviewAct.RUN.roles());
    }

    @Test
    void thePartnersAndTheAdviserEndorseAndTheBusinessUnitDoesNot() {
        // §7.12: the Independent Adviser (a panel member, §10.1) and the three statutory partners endorse.
        assertEquals(EnumSet.of(Role.STATUTORY_PARTNER, Role.PANEL_MEMBER, Role.INDEPENDENT_ADVISER),
                ReviewAct.ENDORSE.roles());
        assertFalse(ReviewAct.ENDORSE.allows(Set.of(Role.BUSINESS_MANAGER)));
    }

    @Test
    void agenciesReadOnlyThePapersAndReferrersNothing() {
        Set<ReviewAct> forAgencies = acts(Role.AGENCY_CONTRIBUTOR);
        assertEquals(EnumSet.of(ReviewAct.READ_PAPERS), forAgencies, "§7.11: papers, once published to them");
        assertEquals(EnumSet.noneOf(ReviewAct.class), acts(Role.REFERRER), "§7.13: the referrer is told the outcome");
        assertEquals(EnumSet.noneOf(ReviewAct.class), acts(Role.SCRUTINEER));
        assertEquals(EnumSet.noneOf(ReviewAct.class), acts(Role.AGENCY_VERIFIER), "§7.3: they verify referrals");
    }

    @Test
    void theChairCompletesTheMeetingReportThroughTheirAssignmentAndTheBusinessUnitSupportsThem() {
        // §7.12: "The Rapid Review Meeting Report (Document 12) will be completed by the chair".
        ReviewAct report = ReviewAct.COMPLETE_MEETING_REPORT;
        assertEquals(EnumSet.of(Role.BUSINESS_MANAGER), report.wideRoles(), "§7.13: the business unit sends it");
        assertTrue(report.grantedBy(ReviewPart.CHAIR));
        for (ReviewPart other : EnumSet.complementOf(EnumSet.of(ReviewPart.CHAIR))) {
            assertFalse(report.grantedBy(other), other + " reads the meeting but does not complete its report");
        }
        assertFalse(report.grantedBy(null), "an endorsement asked of someone does not make them the chair");
        assertTrue(report.allows(Set.of(Role.REVIEWER)), "a contracted chair is a reviewer on the service");
        assertFalse(report.allows(Set.of(Role.AGENCY_CONTRIBUTOR)));
        assertTrue(ReviewAct.SEE.grantedBy(ReviewPart.CASE_GROUP_MEMBER) && ReviewAct.SEE.grantedBy(null),
                "any naming on the review shows it");
    }

    @Test
    void onlyThePrsgChairChoosesAReviewsChair() {
        // §7.6: "The Chair of PRSG will decide ... who should chair the review"; not the business unit.
        assertEquals(EnumSet.of(Role.PRSG_CHAIR), ReviewAct.APPOINT_CHAIR.roles());
        assertTrue(ReviewAct.SEE.allowsEverywhere(Set.of(Role.PRSG_CHAIR)), "they choose for every review");
    }

    @Test
    void theVirtualPanelSeesEveryReviewAndEveryoneElseOnlyWhatNamesThem() {
        // §10.1: the Independent Adviser, the PRSG chair and deputy (panel members) and the business manager.
        for (Role panel : EnumSet.of(Role.BUSINESS_MANAGER, Role.PANEL_MEMBER, Role.INDEPENDENT_ADVISER,
                Role.PRSG_CHAIR)) {
            assertTrue(ReviewAct.SEE.allowsEverywhere(Set.of(panel)), panel.claimName());
            assertTrue(ReviewAct.LIST.allowsEverywhere(Set.of(panel)), panel.claimName());
        }
        // §3.1 need to know: an assignment, an endorsement asked of their partner or an escalation names them.
        for (Role named : EnumSet.of(Role.REVIEWER, Role.STATUTORY_PARTNER, Role.EXECUTIVE)) {
            assertTrue(ReviewAct.SEE.allows(Set.of(named)), named.claimName());
            assertFalse(ReviewAct.SEE.allowsEverywhere(Set.of(named)), named.claimName());
            assertFalse(ReviewAct.READ_PAPERS.allowsEverywhere(Set.of(named)), named.claimName());
            assertFalse(ReviewAct.LIST.allowsEverywhere(Set.of(named)), named.claimName());
        }
    }

    @Test
    void whoeverMayFollowOrRunAReviewMaySeeIt() {
        for (ReviewAct act : EnumSet.of(ReviewAct.RUN, ReviewAct.FOLLOW_REQUESTS, ReviewAct.ENDORSE,
                ReviewAct.CHECK_OFSTED, ReviewAct.LIST, ReviewAct.APPOINT_CHAIR, ReviewAct.DECIDE_AS_EXECUTIVE,
                ReviewAct.RECORD_NOTIFICATION, ReviewAct.DRAFT_TERMS_OF_REFERENCE, ReviewAct.INVOLVE_FAMILY,
                ReviewAct.CHOOSE_METHODOLOGY, ReviewAct.CHECK_ASSURANCE, ReviewAct.WRITE_REPORT, ReviewAct.SIGN_OFF_REPORT,
                ReviewAct.HOLD_GROUP_MEETINGS, ReviewAct.RATE_SUMMARY, ReviewAct.TAG_THEMES)) {
            for (Role role : act.roles()) {
                assertTrue(ReviewAct.SEE.allows(Set.of(role)), role + " may " + act + " but not see the review");
            }
        }
    }

    @Test
    void aReviewerSeesOnlyTheReviewsTheyAreAssignedTo() {
        // Issue 14 §1, §3.1, §8.1: need to know; a contracted lead reviewer sees their review and nothing else.
        assertTrue(ReviewAct.SEE.allows(Set.of(Role.REVIEWER)));
        assertFalse(ReviewAct.SEE.allowsEverywhere(Set.of(Role.REVIEWER)));
        assertFalse(ReviewAct.READ_PAPERS.allowsEverywhere(Set.of(Role.REVIEWER)));
        assertTrue(ReviewAct.SEE.allowsEverywhere(Set.of(Role.BUSINESS_MANAGER)));
        assertFalse(ReviewAct.LIST.allowsEverywhere(Set.of(Role.REVIEWER)), "the list of all reviews is not theirs");
        // §8.1-8.2: the lead reviewer drafts the terms of reference of their own review, and no other.
        assertTrue(ReviewAct.DRAFT_TERMS_OF_REFERENCE.allows(Set.of(Role.REVIEWER)));
        assertFalse(ReviewAct.DRAFT_TERMS_OF_REFERENCE.allowsEverywhere(Set.of(Role.REVIEWER)));
        // §8.3: the lead reviewer writes the report of their own review, and no other.
        assertTrue(ReviewAct.WRITE_REPORT.allows(Set.of(Role.REVIEWER)));
        assertFalse(ReviewAct.WRITE_REPORT.allowsEverywhere(Set.of(Role.REVIEWER)));
    }

    @Test
    void onlyAStatutoryPartnersRepresentativeSignsOffAReportAndOnlyWhereItIsAsked() {
        // §8.3: "sign off by the three statutory partners"; not the business unit, nor the panel.
        assertEquals(EnumSet.of(Role.STATUTORY_PARTNER), ReviewAct.SIGN_OFF_REPORT.roles());
        assertFalse(ReviewAct.SIGN_OFF_REPORT.allowsEverywhere(Set.of(Role.STATUTORY_PARTNER)));
        assertFalse(ReviewAct.SIGN_OFF_REPORT.allows(Set.of(Role.BUSINESS_MANAGER)));
    }

    private static Set<ReviewAct> acts(Role role) {
        return Arrays.stream(ReviewAct.values()).filter(a -> a.allows(Set.of(role)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReviewAct.class)));
    }
}
