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

    @Test
    void eachRulesPeriodIsSaidInWords() {
        // §8.3: pages quote the partnership's own period, not the policy's, when a rule refuses something.
        assertEquals("7 calendar days", PolicyDefaults.rule("national-panel-before-publication").period());
        assertEquals("12 months", PolicyDefaults.rule("published-at-least").period());
        assertEquals("10 working days", PolicyDefaults.rule("factual-accuracy").period());
        assertEquals("1 working day", PolicyDefaults.rule("factual-accuracy").withAmount(1).period());
    }
}
