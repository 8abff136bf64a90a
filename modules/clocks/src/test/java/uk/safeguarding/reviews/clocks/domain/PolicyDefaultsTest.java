package uk.safeguarding.reviews.clocks.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The shipped rules cite the 2019 policy as it is written (issue 14 §4 item 7). */
class PolicyDefaultsTest {

    @Test
    void theRapidReviewQuotesFifteenDaysAndSaysWhereTheWorkingDayReadingComesFrom() {
        String cited = PolicyDefaults.rule("rapid-review").policyReference();
        assertTrue(cited.contains("\u201cforward the results to the National Panel within 15 days of receipt of a"
                + " referral\u201d"), "§4.2's words: " + cited);
        assertTrue(cited.contains("Working Together 2018"), cited);
        assertEquals(ClockUnit.WORKING_DAYS, PolicyDefaults.rule("rapid-review").unit());
    }

    @Test
    void theLeadReviewersTenWorkingDaysCiteSection81() {
        String cited = PolicyDefaults.rule("lead-reviewer-appointed").policyReference();
        assertTrue(cited.startsWith("§8.1"), cited);
        assertFalse(cited.contains("§7.13"), "§7.13 is about sharing the outcome: " + cited);
    }

    @Test
    void theHandoverAnswerPeriodIsTheProductsDefaultNotThePolicys() {
        String cited = PolicyDefaults.rule("handover-answer").policyReference();
        assertTrue(cited.startsWith("The product's default"), cited);
        assertTrue(cited.contains("sets no period"), cited);
    }
}
