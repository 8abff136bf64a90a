package uk.safeguarding.reviews.thresholds.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.thresholds.domain.ReviewKind;
import uk.safeguarding.reviews.thresholds.domain.ThresholdSet;
import uk.safeguarding.reviews.thresholds.domain.ThresholdSet.Thresholds;
import uk.safeguarding.reviews.thresholds.domain.TieRule;

/** The change form is read as a whole, and a refusal names the field to show it beside. */
class ThresholdFormTest {

    private static final Thresholds POLICY = ThresholdSet.initial(LocalDate.of(2026, 11, 26),
            OffsetDateTime.parse("2026-11-26T10:00:00Z")).thresholds();

    @Test
    void linesBecomeQuestionsAndUnchangedOnesKeepTheirPolicyReference() {
        ThresholdChangeForm form = valid();
        form.setRapidReviewQuestions("Has the child died or been seriously harmed?\n\n  Is there a new local question?  ");

        Thresholds read = ThresholdsService.fromForm(form, POLICY);

        assertEquals(List.of("§5.2: serious harm includes long-term impairment of health or development",
                "Set by the partnership"), read.questionsFor(ReviewKind.RAPID_REVIEW).stream()
                .map(q -> q.policyReference()).toList());
        assertEquals("Is there a new local question?", read.questionsFor(ReviewKind.RAPID_REVIEW).get(1).text());
    }

    @Test
    void eachImpossibleRuleNamesItsField() {
        ThresholdChangeForm bigQuorum = valid();
        bigQuorum.setQuorum(6);
        ThresholdChangeForm noQuestions = valid();
        noQuestions.setLocalCaseReviewQuestions("  \n ");
        ThresholdChangeForm twicePolice = valid();
        twicePolice.setStatutoryPartners("Police\nLocal Authority\nPOLICE");

        assertEquals("quorum", refusal(bigQuorum).field());
        assertEquals("A quorum of 6 is larger than the panel of 5: the panel could never decide",
                refusal(bigQuorum).getMessage());
        assertEquals("localCaseReviewQuestions", refusal(noQuestions).field());
        assertEquals("statutoryPartners", refusal(twicePolice).field());
    }

    @Test
    void aKindNotRunNeedsNoQuestions() {
        ThresholdChangeForm form = valid();
        form.setKinds(List.of(ReviewKind.RAPID_REVIEW));
        form.setGoodOutcomeReviewQuestions("");

        assertEquals(3, ThresholdsService.fromForm(form, POLICY).questions().size());
    }

    private static InvalidFieldException refusal(ThresholdChangeForm form) {
        return assertThrows(InvalidFieldException.class, () -> ThresholdsService.fromForm(form, POLICY));
    }

    private static ThresholdChangeForm valid() {
        ThresholdChangeForm form = new ThresholdChangeForm();
        form.setKinds(ReviewKind.decidedOnReferrals());
        for (ReviewKind kind : ReviewKind.decidedOnReferrals()) {
            form.setQuestionsFor(kind, String.join("\n", POLICY.questionsFor(kind).stream().map(q -> q.text()).toList()));
        }
        form.setQuorum(2);
        form.setPanelSize(5);
        form.setTieRule(TieRule.CHAIR_DECIDES);
        form.setStatutoryPartners("Local Authority\nPolice\nHealth (ICB)");
        form.setEffectiveFrom(LocalDate.of(2026, 12, 1));
        form.setReason("Test");
        return form;
    }
}
