package uk.safeguarding.reviews.practicereview.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RefusedException;

/** §6, Document 3: involving the child's family, in the child's best interests. */
class FamilyMemberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void notInvolvingSomeoneNeedsTheReasonsStated() {
        FamilyMember father = member("Sam Doe", "father");
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> father.decide(FamilyMember.Involvement.NOT_INVOLVED, "  ", null, null, TODAY, "bm", TODAY));
        assertEquals("reasons", refused.field());
        assertTrue(refused.getMessage().contains("\u00a76"), refused.getMessage());
        assertEquals(FamilyMember.Involvement.UNDECIDED, father.involvement(), "a refused decision changes nothing");
        father.decide(FamilyMember.Involvement.NOT_INVOLVED, "Bail conditions forbid contact", null, null, TODAY, "bm",
                TODAY);
        assertEquals(FamilyMember.Involvement.NOT_INVOLVED, father.involvement());
        assertThrows(RefusedException.class, () -> father.contact(FamilyMember.ContactKind.INVITED, TODAY, null, "bm",
                TODAY), "no contacts with someone not involved");
    }

    @Test
    void involvingSomeoneNamesWhoFacilitatesAndRecordsEachContact() {
        FamilyMember mother = member("Jo Doe", "mother");
        assertEquals("facilitator", assertThrows(InvalidFieldException.class, () -> mother.decide(
                FamilyMember.Involvement.INVOLVED, null, " ", null, TODAY, "bm", TODAY)).field());
        assertEquals("involvement", assertThrows(InvalidFieldException.class, () -> mother.decide(null, null,
                "Lead reviewer", null, TODAY, "bm", TODAY)).field());
        assertEquals("decidedOn", assertThrows(InvalidFieldException.class, () -> mother.decide(
                FamilyMember.Involvement.INVOLVED, null, "Lead reviewer", null, TODAY.plusDays(1), "bm", TODAY)).field());
        assertThrows(RefusedException.class, () -> mother.contact(FamilyMember.ContactKind.INVITED, TODAY, null, "bm",
                TODAY), "decide first");
        mother.decide(FamilyMember.Involvement.INVOLVED, null, "The lead reviewer with her advocate",
                "The father's bail conditions", TODAY, "bm", TODAY);
        mother.contact(FamilyMember.ContactKind.INVITED, TODAY.minusDays(1), "Letter and leaflet", "bm", TODAY);
        mother.contact(FamilyMember.ContactKind.MET, TODAY, null, "bm", TODAY);
        assertEquals(2, mother.contacts().size());
        assertEquals(FamilyMember.ContactKind.MET, mother.contacts().get(1).kind());
        assertEquals("contactOn", assertThrows(InvalidFieldException.class, () -> mother.contact(
                FamilyMember.ContactKind.VIEWS_RECORDED, TODAY.plusDays(1), null, "bm", TODAY)).field());
        // §10.3 j: what they said, whether they said it was conducted sensitively, and when.
        assertEquals("feedback", assertThrows(InvalidFieldException.class, () -> mother.feedback(" ", true, TODAY,
                TODAY)).field());
        assertEquals("feedbackSensitive", assertThrows(InvalidFieldException.class, () -> mother.feedback(
                "She felt listened to", null, TODAY, TODAY)).field());
        assertEquals("feedbackOn", assertThrows(InvalidFieldException.class, () -> mother.feedback(
                "She felt listened to", true, null, TODAY)).field());
        assertEquals("feedbackOn", assertThrows(InvalidFieldException.class, () -> mother.feedback(
                "She felt listened to", true, TODAY.plusDays(1), TODAY)).field(), "not a day still to come");
        assertEquals(null, mother.feedback(), "nothing kept from a refused attempt");
        mother.feedback("She felt listened to", true, TODAY.minusDays(2), TODAY);
        assertEquals("She felt listened to", mother.feedback());
        assertEquals(Boolean.TRUE, mother.feedbackSensitive());
        assertEquals(TODAY.minusDays(2), mother.feedbackOn());
    }

    @Test
    void aMemberHasANameAndARelationshipToTheChild() {
        assertEquals("name", assertThrows(InvalidFieldException.class, () -> member(" ", "mother")).field());
        assertEquals("relationship", assertThrows(InvalidFieldException.class, () -> member("Jo Doe", null)).field());
    }

    private static FamilyMember member(String name, String relationship) {
        return FamilyMember.add("review-1", name, relationship, null, "bm", NOW);
    }
}
