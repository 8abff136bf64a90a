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
        // §7.13: the Independent Adviser (a panel member) and the three statutory partners endorse.
        assertEquals(EnumSet.of(Role.STATUTORY_PARTNER, Role.PANEL_MEMBER), ReviewAct.ENDORSE.roles());
        assertFalse(ReviewAct.ENDORSE.allows(Set.of(Role.BUSINESS_MANAGER)));
    }

    @Test
    void agenciesReadOnlyThePapersAndReferrersNothing() {
        Set<ReviewAct> forAgencies = acts(Role.AGENCY_CONTRIBUTOR);
        assertEquals(EnumSet.of(ReviewAct.READ_PAPERS), forAgencies, "§7.11: papers, once published to them");
        assertEquals(EnumSet.noneOf(ReviewAct.class), acts(Role.REFERRER), "§7.13: the referrer is told the outcome");
        assertEquals(EnumSet.noneOf(ReviewAct.class), acts(Role.SCRUTINEER));
    }

    @Test
    void whoeverMayFollowOrRunAReviewMaySeeIt() {
        for (ReviewAct act : EnumSet.of(ReviewAct.RUN, ReviewAct.FOLLOW_REQUESTS, ReviewAct.ENDORSE,
                ReviewAct.CHECK_OFSTED, ReviewAct.LIST)) {
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
    }

    private static Set<ReviewAct> acts(Role role) {
        return Arrays.stream(ReviewAct.values()).filter(a -> a.allows(Set.of(role)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReviewAct.class)));
    }
}
