package uk.safeguarding.reviews.practicereview.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** §8.3: names and dates of birth from the referral, found in a report's text before it goes anywhere. */
class IdentifyingDetailsTest {

    private static final IdentifyingDetails.Person CHILD = new IdentifyingDetails.Person("Amara Okafor",
            LocalDate.of(2019, 3, 7), "Child");
    private static final IdentifyingDetails.Person MOTHER = new IdentifyingDetails.Person("Grace Okafor-Bell", null,
            "Mother");

    @Test
    void aWholeNameOrAPartOfItIsFoundAsAWordAndSaysWhoseAndWhere() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("the executive summary", "Child A lived with her mother.");
        texts.put("\u201cWhat happened\u201d", "Amara Okafor was seen by the GP.");
        texts.put("recommendation 1", "Ask okafor-bell's GP to share records");
        List<String> warnings = IdentifyingDetails.findIn(texts, List.of(CHILD, MOTHER));
        assertEquals(List.of(
                "\u201cAmara Okafor\u201d (the child's name in the referral) appears in \u201cWhat happened\u201d",
                "\u201cOkafor\u201d (the child's name in the referral) appears in recommendation 1",
                // A family shares a surname: the mother's is found wherever the child's is.
                "\u201cOkafor\u201d (the mother's name in the referral) appears in \u201cWhat happened\u201d",
                "\u201cOkafor\u201d (the mother's name in the referral) appears in recommendation 1"), warnings);
    }

    @Test
    void aDateOfBirthIsFoundInTheWaysPeopleWriteIt() {
        for (String written : List.of("born 7/3/2019", "born 07/03/2019", "born 7 March 2019", "born 7 Mar 2019",
                "born 2019-03-07", "born 07.03.2019")) {
            List<String> warnings = IdentifyingDetails.findIn(Map.of("the executive summary", written), List.of(CHILD));
            assertEquals(1, warnings.size(), written);
            assertTrue(warnings.get(0).contains("the child's date of birth"), warnings.get(0));
        }
    }

    @Test
    void nothingIsFoundInsideALongerWordOrNumber() {
        Map<String, String> texts = Map.of("the executive summary", "The Amaranth team met on 17/3/2019; Okaforian"
                + " records were 17/03/20195.");
        assertEquals(List.of(), IdentifyingDetails.findIn(texts, List.of(CHILD)));
    }

    @Test
    void shortPartsOfANameAreNotLookedForAlone() {
        // "Jo" would match too many ordinary words to be worth a warning; the whole name still is.
        assertEquals(List.of("Jo Li"), IdentifyingDetails.nameForms("  Jo   Li "));
        assertEquals(List.of("Mary-Jane Smith", "Mary", "Jane", "Smith"), IdentifyingDetails.nameForms("Mary-Jane Smith"));
        assertEquals(List.of(), IdentifyingDetails.nameForms(null));
    }
}
