package uk.safeguarding.reviews.practicereview.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RefusedException;

/** §8.1-8.3: a version of the terms of reference, drafted, agreed by the review group, signed off by the Sub-Group. */
class TermsOfReferenceTest {

    private static final LocalDate DRAFTED = LocalDate.of(2026, 11, 20);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final OffsetDateTime DRAFTED_AT = OffsetDateTime.of(2026, 11, 20, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aDraftAnswersEveryHeadingOfSection82AndKeepsItsQuestionsInOrder() {
        TermsOfReference terms = draft(headings("Report in six months", "Why did the school's concerns go unshared?\n\n"
                + "  How did agencies hear the child's voice?  "));
        assertEquals(TermsOfReference.State.DRAFT, terms.state());
        assertEquals(2, terms.version());
        assertEquals(List.of("Why did the school's concerns go unshared?", "How did agencies hear the child's voice?"),
                terms.questions());
    }

    @Test
    void eachMissingHeadingIsRefusedBesideItsOwnBox() {
        assertEquals("timescales", refusedField(new TermsOfReference.Headings(" ", "f", "e", "p", "l", "q")));
        assertEquals("familyInvolvement", refusedField(new TermsOfReference.Headings("t", null, "e", "p", "l", "q")));
        assertEquals("evidence", refusedField(new TermsOfReference.Headings("t", "f", "", "p", "l", "q")));
        assertEquals("policyAndProcedure", refusedField(new TermsOfReference.Headings("t", "f", "e", " ", "l", "q")));
        assertEquals("legalAdvice", refusedField(new TermsOfReference.Headings("t", "f", "e", "p", "", "q")));
        assertEquals("questions", refusedField(new TermsOfReference.Headings("t", "f", "e", "p", "l", "\n \n")));
        assertEquals("timescales", refusedField(new TermsOfReference.Headings("x".repeat(TermsOfReference.MAX_HEADING
                + 1), "f", "e", "p", "l", "q")));
    }

    @Test
    void aQuestionAskedTwiceIsRefused() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> draft(headings("t", "Why?\nWhy?")));
        assertEquals("questions", refused.field());
        assertTrue(refused.getMessage().contains("\u201cWhy?\u201d is there twice"), refused.getMessage());
    }

    @Test
    void theSubGroupSignsOffOnlyWhatTheReviewGroupAgreed() {
        TermsOfReference terms = draft(headings("t", "q"));
        RefusedException notAgreed = assertThrows(RefusedException.class,
                () -> terms.signOff(TODAY, "PRSG, 2 December 2026", "Alex Chair", "nm.manager", TODAY));
        assertTrue(notAgreed.getMessage().contains("version 2 is not agreed yet"), notAgreed.getMessage());

        terms.agree(DRAFTED.plusDays(3), "Review group meeting of 23 November 2026", "nm.manager", DRAFTED, TODAY);
        assertEquals(TermsOfReference.State.AGREED, terms.state());
        InvalidFieldException beforeAgreement = assertThrows(InvalidFieldException.class,
                () -> terms.signOff(DRAFTED.plusDays(2), "PRSG", "Alex Chair", "nm.manager", TODAY));
        assertEquals("signedOffOn", beforeAgreement.field());
        assertTrue(beforeAgreement.getMessage().contains("23 November 2026"), beforeAgreement.getMessage());
        assertEquals("chair", assertThrows(InvalidFieldException.class,
                () -> terms.signOff(TODAY, "PRSG, 2 December 2026", " ", "nm.manager", TODAY)).field());
        assertEquals("meeting", assertThrows(InvalidFieldException.class,
                () -> terms.signOff(TODAY, null, "Alex Chair", "nm.manager", TODAY)).field());

        terms.signOff(TODAY, "PRSG, 2 December 2026", "Alex Chair", "nm.manager", TODAY);
        assertEquals(TermsOfReference.State.SIGNED_OFF, terms.state());
        assertThrows(RefusedException.class, () -> terms.signOff(TODAY, "PRSG", "Alex Chair", "nm.manager", TODAY));
        assertThrows(RefusedException.class, () -> terms.agree(TODAY, "Review group", "nm.manager", DRAFTED, TODAY));
    }

    @Test
    void theAgreementIsDatedBetweenTheDraftAndToday() {
        TermsOfReference terms = draft(headings("t", "q"));
        assertEquals("agreedOn", assertThrows(InvalidFieldException.class,
                () -> terms.agree(null, "Review group", "nm.manager", DRAFTED, TODAY)).field());
        InvalidFieldException future = assertThrows(InvalidFieldException.class,
                () -> terms.agree(TODAY.plusDays(1), "Review group", "nm.manager", DRAFTED, TODAY));
        assertEquals("The date they were agreed must be today or in the past", future.getMessage());
        InvalidFieldException early = assertThrows(InvalidFieldException.class,
                () -> terms.agree(DRAFTED.minusDays(1), "Review group", "nm.manager", DRAFTED, TODAY));
        assertTrue(early.getMessage().contains("before version 2 was drafted (20 November 2026)"), early.getMessage());
        assertEquals("agreedBy", assertThrows(InvalidFieldException.class,
                () -> terms.agree(TODAY, "", "nm.manager", DRAFTED, TODAY)).field());
        assertEquals(TermsOfReference.State.DRAFT, terms.state(), "a refused agreement leaves the draft as it was");
    }

    private static TermsOfReference draft(TermsOfReference.Headings headings) {
        return TermsOfReference.draft("review-1", 2, headings, "nm.reviewer", DRAFTED_AT);
    }

    private static TermsOfReference.Headings headings(String timescales, String questions) {
        return new TermsOfReference.Headings(timescales, "Mother invited to meet the lead reviewer",
                "Agency summaries and practitioner interviews", "Neglect strategy 2024", "None", questions);
    }

    private static String refusedField(TermsOfReference.Headings headings) {
        return assertThrows(InvalidFieldException.class, () -> draft(headings)).field();
    }
}
