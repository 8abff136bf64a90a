package uk.safeguarding.reviews.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A partnership's letter wording: only fields the product knows, each filled for the letter. */
class MergeFieldsTest {

    private static final Map<String, String> KNOWN = Map.of("partnership", "the partnership", "familyMember", "who");

    @Test
    void aFieldTheProductCannotFillIsRefusedBesideTheBoxNamingEveryOne() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> MergeFields.check("body", "Dear {{familyMember}}, {{ nickname }} and {{pet}}", KNOWN));
        assertEquals("body", refused.field());
        assertTrue(refused.getMessage().contains("{{nickname}}, {{pet}}"), refused.getMessage());
        assertEquals("subject", assertThrows(InvalidFieldException.class,
                () -> MergeFields.check("subject", " ", KNOWN)).field());
    }

    @Test
    void eachFieldIsFilledAndAMissingOneLeavesNothing() {
        assertEquals("Dear Jo Doe, from Northmoor. \n\nEnd", MergeFields.fill("Dear {{familyMember}}, from"
                + " {{ partnership }}.{{unknown}} \n\n\n\nEnd", Map.of("familyMember", "Jo Doe", "partnership",
                        "Northmoor")));
        assertEquals("Costs $5 \\\\ 2", MergeFields.fill("Costs {{partnership}}", Map.of("partnership",
                "$5 \\\\ 2")), "a value is taken as it is");
    }
}
