package uk.safeguarding.reviews.review.domain.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.RefusedException;

/**
 * The Rapid Review walked through its shipped definition, stage by stage (issue 13 §1): each exit
 * leads where §7 says, meets and starts the clocks of the §4.2 table, and nothing else moves it.
 */
class RapidReviewAsDataTest {

    private static final KindDefinition RAPID_REVIEW = KindDefinitionFormat.read(ShippedKinds.json("rapid-review"),
            Vocabularies.POLICY_2019);

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource(delimiter = '|', value = {
            // from        | exit             | to             | clocks met                       | clocks started
            "gathering      | requests-sent   | meeting        | information-requests             | ",
            "meeting        | meeting-held    | decision       |                                  | rapid-review-report",
            "decision       | report-sent     | national-panel | rapid-review-report rapid-review |",
            "national-panel | panel-responded | concluded      |                                  |"})
    void eachStepOfTheRapidReviewMovesItOnAndKeepsItsClocks(String from, String exit, String to, String met,
            String started) {
        Transition transition = RAPID_REVIEW.leave(from, exit);

        assertEquals(to, transition.to().key());
        assertEquals(words(met), transition.clocksToMeet());
        assertEquals(words(started), transition.clocksToStart());
    }

    @Test
    void aRapidReviewOpensGatheringInformationWithTheClocksOfTheFourPointTwoTable() {
        assertEquals("gathering", RAPID_REVIEW.first().key());
        assertEquals(List.of("information-requests", "rapid-review", "notify-national-panel"),
                RAPID_REVIEW.first().startsClocks());
        // §4.2 table: the local authority may have notified the National Panel before the review opened.
        assertEquals("NATIONAL_PANEL_NOTIFIED", RAPID_REVIEW.first().clocksMetByEvents().get("notify-national-panel"));
        assertEquals("RR-2026-0007", RAPID_REVIEW.reference(2026, 7));
    }

    @Test
    void theReportCanOnlyBeSentOnceTheOutcomeIsFinal() {
        assertEquals(List.of("outcome-final"), RAPID_REVIEW.leave("decision", "report-sent").exit().guards());
    }

    @ParameterizedTest(name = "{1} cannot happen at {0}")
    @CsvSource({"gathering, report-sent", "meeting, requests-sent", "decision, meeting-held",
            "concluded, panel-responded"})
    void workOutOfOrderIsRefusedWithWhatMovesTheReviewOn(String stage, String exit) {
        RefusedException refused = assertThrows(RefusedException.class, () -> RAPID_REVIEW.leave(stage, exit));

        assertTrue(refused.getMessage().contains(stage.equals("concluded") ? "last stage" : "it moves on by"),
                refused.getMessage());
    }

    @Test
    void theStagesSayWhatWorkEachAllows() {
        assertTrue(RAPID_REVIEW.stage("gathering").orElseThrow().allows(Capability.REQUESTS));
        assertTrue(RAPID_REVIEW.stage("decision").orElseThrow().allows(Capability.DECISION));
        assertTrue(!RAPID_REVIEW.stage("gathering").orElseThrow().allows(Capability.DECISION));
        assertTrue(RAPID_REVIEW.stage("concluded").orElseThrow().isFinal());
    }

    @Test
    void everyShippedKindReadsAndWritesBackTheSame() {
        for (String key : ShippedKinds.KEYS) {
            KindDefinition kind = KindDefinitionFormat.read(ShippedKinds.json(key), Vocabularies.POLICY_2019);
            assertEquals(key, kind.key());
            assertEquals(kind, KindDefinitionFormat.read(KindDefinitionFormat.write(kind), Vocabularies.POLICY_2019));
        }
    }

    /**
     * What the decisions open, as shipped (§7.5: the panel's decision on a referral; §8.1 and §7.12:
     * the partners' after a Rapid Review): each of the panel's opens exactly one kind, the partners'
     * "another type of local review" lets them choose a local case review or a good outcome review.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} opens {1}")
    @org.junit.jupiter.params.provider.CsvSource({
            "panel-rapid-review, rapid-review",
            "panel-local-case-review, local-case-review",
            "panel-good-outcome-review, good-outcome-review",
            "panel-individual-agency-review, individual-agency-review",
            "rapid-review-practice-review, child-safeguarding-practice-review",
            "rapid-review-local-review, local-case-review good-outcome-review"})
    void eachShippedDecisionOpensTheKindsThePolicyNames(String decision, String kinds) {
        List<String> opened = ShippedKinds.KEYS.stream()
                .filter(key -> KindDefinitionFormat.read(ShippedKinds.json(key), Vocabularies.POLICY_2019).isOpenedBy(decision))
                .toList();

        assertEquals(words(kinds), opened);
    }

    private static List<String> words(String spaced) {
        return spaced == null || spaced.isBlank() ? List.of() : List.of(spaced.strip().split("\\s+"));
    }
}
