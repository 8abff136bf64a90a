package uk.safeguarding.reviews.practicereview.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.InvalidFieldException;

/** §6, Document 3: the letter inviting a family member, in the partnership's wording, filled in for them. */
class FamilyLetterTemplateTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void theShippedWordingUsesOnlyFieldsTheProductFillsAndSaysTakingPartIsTheirChoice() {
        FamilyLetterTemplate shipped = FamilyLetterTemplate.shipped();
        Map.Entry<String, String> letter = shipped.merge(Map.of("familyMember", "Jo Doe", "relationship", "mother",
                "partnership", "Northmoor", "facilitator", "Sam Advocate", "leadReviewer", "Rowan Reviewer",
                "businessUnit", "bu@northmoor.example"));
        assertEquals("An invitation to contribute to a review by Northmoor", letter.getKey());
        assertTrue(letter.getValue().startsWith("Dear Jo Doe,"), letter.getValue());
        assertTrue(letter.getValue().contains("Taking part is your choice"), "\u00a76: their choice");
        assertTrue(letter.getValue().contains("Sam Advocate will contact you"));
        assertTrue(!letter.getValue().contains("{{"), "every field is filled");
    }

    @Test
    void aWordingNamingAFieldTheProductCannotFillIsRefusedBesideIt() {
        assertEquals("subject", assertThrows(InvalidFieldException.class, () -> FamilyLetterTemplate.write(
                "For {{childName}}", "Dear {{familyMember}}", "bm", NOW)).field(), "the child is never named");
        FamilyLetterTemplate own = FamilyLetterTemplate.write("Invitation", "Dear {{familyMember}}", "bm", NOW);
        assertEquals("Dear Jo\n", own.merge(Map.of("familyMember", "Jo")).getValue());
    }
}
