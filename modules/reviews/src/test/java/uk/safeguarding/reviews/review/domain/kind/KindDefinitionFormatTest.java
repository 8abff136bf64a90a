package uk.safeguarding.reviews.review.domain.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.safeguarding.reviews.kernel.InvalidFieldException;

/** A definition is data, read strictly: anything it names must exist, and nothing may be a script (issue 13 §1). */
class KindDefinitionFormatTest {

    private static final String SHIPPED = ShippedKinds.json("rapid-review");

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
            "\"referencePrefix\": \"RR\"       | \"referencePrefix\": \"RR\", \"onOpen\": \"x()\" | \u201conOpen\u201d is not a known key",
            "\"key\": \"gathering\",            | \"key\": \"gathering\", \"script\": \"x\",    | stages[0]: \u201cscript\u201d is not a known key",
            "\"to\": \"meeting\"               | \"to\": \"meeting\", \"when\": \"a > b\"         | stages[0].exits[0]: \u201cwhen\u201d is not a known key",
            "\"guards\": [\"outcome-final\"]   | \"guards\": [\"always-yes\"]                     | \u201calways-yes\u201d is not a known guard",
            "\"startsClocks\": [\"rapid-review-report\"] | \"startsClocks\": [\"coffee\"]            | \u201ccoffee\u201d is not a known clock rule",
            "\"capabilities\": [\"requests\"]  | \"capabilities\": [\"teleport\"]                 | \u201cteleport\u201d is not a known capability",
            "\"to\": \"meeting\"               | \"to\": \"nowhere\"                              | leads to \u201cnowhere\u201d, which is not a stage",
            "\"to\": \"concluded\"             | \"to\": \"national-panel\"                       | leads back to it",
            "\"referencePrefix\": \"RR\"       | \"referencePrefix\": \"rr1\"                     | 2 to 5 capital letters",
            "\"NATIONAL_PANEL_NOTIFIED\"       | \"TEA_BREAK\"                                    | \u201cTEA_BREAK\u201d is not an event",
            "\"key\": \"requests-sent\"      | \"key\": \"requests-faxed\"                   | \u201crequests-faxed\u201d is not work the product reports",
            "\"actors\": [\"business-manager\"]  | \"actors\": [\"anyone\"]                         | \u201canyone\u201d is not a known role",
            "\"openedBy\": [\"panel-rapid-review\"] | \"openedBy\": [\"a-phone-call\"]          | openedBy[0]: \u201ca-phone-call\u201d is not a known decision that opens a review",
            "\"openedBy\": [\"panel-rapid-review\"] | \"openedBy\": [\"panel-rapid-review\", \"panel-rapid-review\"] | \u201cpanel-rapid-review\u201d is named twice",
            "\"openedBy\": [\"panel-rapid-review\"] | \"openedBy\": \"panel-rapid-review\" | \u201copenedBy\u201d must be a list"})
    void anythingTheProductDoesNotKnowIsRefusedSayingWhereAndWhat(String shipped, String changed, String message) {
        String edited = SHIPPED.replaceFirst(java.util.regex.Pattern.quote(shipped.strip()),
                java.util.regex.Matcher.quoteReplacement(changed.strip()));
        assertTrue(!edited.equals(SHIPPED), "the test's edit must apply: " + shipped);

        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> KindDefinitionFormat.read(edited, Vocabularies.POLICY_2019));

        assertEquals(KindDefinitionFormat.FIELD, refused.field());
        assertTrue(refused.getMessage().contains(message.strip()), refused.getMessage());
    }

    /** Which decisions open a kind is the kind's data (issue 13 §1): read, written and read back the same. */
    @org.junit.jupiter.api.Test
    void theDecisionsThatOpenAKindAreItsDataAndSurviveBeingSaved() {
        KindDefinition lcr = KindDefinitionFormat.read(ShippedKinds.json("local-case-review"), Vocabularies.POLICY_2019);
        KindDefinition savedAndRead = KindDefinitionFormat.read(KindDefinitionFormat.write(lcr), Vocabularies.POLICY_2019);

        assertEquals(java.util.List.of("panel-local-case-review", "rapid-review-local-review"), lcr.openedBy());
        assertEquals(lcr, savedAndRead);
        assertTrue(lcr.isOpenedBy("rapid-review-local-review"));
        assertTrue(!lcr.isOpenedBy("panel-rapid-review"), "a local case review is not what a Rapid Review decision opens");
    }

    /** A kind no decision opens is allowed (a partnership that stops running it): its list is empty, not missing. */
    @org.junit.jupiter.api.Test
    void aKindNoDecisionOpensHasAnEmptyList() {
        KindDefinition noOpenings = KindDefinitionFormat.read(SHIPPED.replace("\"openedBy\": [\"panel-rapid-review\"],", ""),
                Vocabularies.POLICY_2019);

        assertEquals(java.util.List.of(), noOpenings.openedBy());
        assertTrue(KindDefinitionFormat.write(noOpenings).contains("\"openedBy\": ["), "written out, so the editor shows where to add one");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "not json at all | not a JSON object",
            "{\"key\": \"x-kind\", \"name\": \"X\", \"referencePrefix\": \"XR\", \"stages\": []} | at least one stage",
            "{\"key\": \"x-kind\", \"name\": \"X\", \"referencePrefix\": \"XR\", \"stages\": [{\"key\": \"aa\", \"name\": \"A\", \"exits\": [{\"key\": \"meeting-held\", \"name\": \"go\", \"to\": \"bb\"}]}, {\"key\": \"bb\", \"name\": \"B\", \"exits\": [{\"key\": \"report-sent\", \"name\": \"back\", \"to\": \"aa\"}]}]} | At least one stage must end",
            "{\"key\": \"x-kind\", \"name\": \"X\", \"referencePrefix\": \"XR\", \"stages\": [{\"key\": \"aa\", \"name\": \"A\"}, {\"key\": \"bb\", \"name\": \"B\"}]} | No exit leads to the stage \u201cbb\u201d",
            "{\"key\": \"x-kind\", \"name\": \"X\", \"referencePrefix\": \"XR\", \"stages\": [{\"key\": \"aa\", \"name\": \"A\"}, {\"key\": \"aa\", \"name\": \"B\"}]} | Two stages are called",
            "{\"key\": \"X Kind\", \"name\": \"X\", \"referencePrefix\": \"XR\", \"stages\": [{\"key\": \"aa\", \"name\": \"A\"}]} | lower-case letters"})
    void aDefinitionMustHoldTogetherAsAWhole(String json, String message) {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> KindDefinitionFormat.read(json, Vocabularies.POLICY_2019));

        assertTrue(refused.getMessage().contains(message.strip()), refused.getMessage());
    }
}
