package uk.safeguarding.reviews.chronology.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Names become roles before a chronology circulates beyond the review. */
class AnonymiserTest {

    private static final Map<String, String> FAMILY = new LinkedHashMap<>();

    static {
        FAMILY.put("Jayden Smith", "Child");
        FAMILY.put("Kerry-Ann Smith", "Mother");
        FAMILY.put("Dean O'Brien", "Mother's partner");
    }

    private final Anonymiser anonymiser = new Anonymiser(FAMILY);

    @Test
    void fullNamesBecomeRolesWhateverTheCaseOrSpacing() {
        assertEquals("Child was seen with Mother.", anonymiser.anonymise("Jayden Smith was seen with Kerry-Ann Smith."));
        assertEquals("Child told Mother's partner", anonymiser.anonymise("JAYDEN  smith told dean\no'brien"));
    }

    @Test
    void eachPartOfANameBecomesTheRole() {
        assertEquals("Child, Mother, Mother and Mother's partner", anonymiser.anonymise("Jayden, Kerry-Ann, Kerry and Dean"));
        assertEquals("Mother said", anonymiser.anonymise("Ann said"));
        assertEquals("Mr Mother's partner and Mr Mother's partner", anonymiser.anonymise("Mr O'Brien and Mr O’Brien"));
    }

    @Test
    void aSurnameSharedByPeopleWithDifferentRolesBecomesANeutralName() {
        assertEquals("Mrs [name] and the [name] family", anonymiser.anonymise("Mrs Smith and the Smith family"));
    }

    @Test
    void onlyWholeWordsAreReplaced() {
        assertEquals("Mother's partner visited the Deanery, then Smithson Road", anonymiser.anonymise("Dean visited the Deanery, then Smithson Road"));
        assertEquals("Jaydens", anonymiser.anonymise("Jaydens"));
        assertEquals("Joann and Suzann", anonymiser.anonymise("Joann and Suzann"));
    }

    @Test
    void possessivesKeepTheirApostrophe() {
        assertEquals("Child's bedroom and Mother's partner's car", anonymiser.anonymise("Jayden's bedroom and Dean's car"));
        assertEquals("Mother’s phone", anonymiser.anonymise("Kerry-Ann’s phone"));
    }

    @Test
    void aRoleIsNeverItselfReplaced() {
        Anonymiser withAChildNamedMother = new Anonymiser(Map.of("Kerry Mother", "Aunt", "Jay Aunt", "Uncle"));
        assertEquals("Aunt met Uncle", withAChildNamedMother.anonymise("Kerry Mother met Jay Aunt"));
    }

    @Test
    void partsShorterThanTwoCharactersAndOtherTextAreLeftAlone() {
        Anonymiser withAnInitial = new Anonymiser(Map.of("J Bloggs", "Father"));
        assertEquals("J went to see Father at 10 a.m.", withAnInitial.anonymise("J went to see Bloggs at 10 a.m."));
        assertNull(anonymiser.anonymise((String) null));
        assertEquals("as it was", new Anonymiser(Map.of()).anonymise("as it was"));
        assertEquals("costs $1", new Anonymiser(Map.of("Ann Lee", "$1")).anonymise("costs Ann"), "roles are not regex replacements");
    }

    @Test
    void everyPersonNeedsANameAndARole() {
        assertThrows(IllegalArgumentException.class, () -> new Anonymiser(Map.of("Jayden Smith", " ")));
        assertThrows(IllegalArgumentException.class, () -> new Anonymiser(Map.of(" ", "Child")));
    }

    @Test
    void noPartOfAnyNameIsLeftInAnyTextFieldOfAnEntry() {
        String mentions = "Jayden Smith (Jayden's) with KERRY-ANN smith, Kerry, Ann, Mrs Smith, Dean O'Brien, dean, O'BRIEN, Brien.";
        ChronologyEntry entry = new ChronologyEntry("e-1", "police", "Avon Police", LocalDate.of(2025, 1, 14), null,
                "What: " + mentions, "Who: " + mentions, "Risk: " + mentions, "Response: " + mentions, "Impact: " + mentions,
                "Partners: " + mentions, "Learning: " + mentions, Set.of(SignificanceReason.PATTERN));

        ChronologyEntry anonymised = anonymiser.anonymise(entry);

        for (EntryField field : EntryField.textFields()) {
            String text = field.textOf(anonymised);
            for (String fullName : FAMILY.keySet()) {
                for (String part : fullName.split("[\\s'-]+")) {
                    if (part.length() >= 2) {
                        assertFalse(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(part) + "(?![\\p{L}\\p{N}])",
                                Pattern.CASE_INSENSITIVE).matcher(text).find(), field.heading() + " still names " + part + ": " + text);
                    }
                }
            }
        }
        assertEquals("Who: Child (Child's) with Mother, Mother, Mother, Mrs [name], Mother's partner, Mother's partner, "
                + "Mother's partner, Mother's partner.", anonymised.whoWasInvolved());
        assertEquals("Avon Police", anonymised.agencyName());
        assertEquals(entry.date(), anonymised.date());
        assertEquals(entry.significance(), anonymised.significance());
        assertEquals(entry.id(), anonymised.id());
    }
}
