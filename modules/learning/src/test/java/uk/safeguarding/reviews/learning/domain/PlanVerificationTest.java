package uk.safeguarding.reviews.learning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.learning.domain.PlanVerification.Answer;
import uk.safeguarding.reviews.learning.domain.PlanVerification.Answered;
import uk.safeguarding.reviews.learning.domain.PlanVerification.Form;
import uk.safeguarding.reviews.learning.domain.PlanVerification.Judgement;

/** Document 14: every action answered with the evidence seen, a judgement, and a day to check again unless embedded. */
class PlanVerificationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 6, 10, 9, 0, 0, 0, ZoneOffset.UTC);

    private static final Answered DONE = new Answered("a1", "Action 1", Answer.YES, Answer.YES, "Audit of ten cases");

    @Test
    void eachRowIsAnsweredBesideItsOwnBoxes() {
        assertEquals("item-2-addressed", refused(form(Judgement.EMBEDDED, null, DONE,
                new Answered("a2", "Action 2", null, Answer.NO, "None"))));
        assertEquals("item-2-embedded", refused(form(Judgement.EMBEDDED, null, DONE,
                new Answered("a2", "Action 2", Answer.NO, null, "None"))));
        InvalidFieldException noEvidence = assertThrows(InvalidFieldException.class, () -> record(form(
                Judgement.EMBEDDED, null, new Answered("a1", "Action 1", Answer.YES, Answer.YES, " "))));
        assertEquals("item-1-evidence", noEvidence.field());
        assertEquals("Say what evidence you saw for action Action 1, or that you saw none", noEvidence.getMessage());
    }

    @Test
    void learningNotYetEmbeddedIsCheckedAgainOnALaterDay() {
        assertEquals("recheckOn", refused(form(Judgement.PARTLY_EMBEDDED, null, DONE)));
        assertEquals("recheckOn", refused(form(Judgement.NOT_EMBEDDED, TODAY, DONE)), "a later day");
        assertEquals("judgement", refused(form(null, null, DONE)));
        PlanVerification.Recorded embedded = record(form(Judgement.EMBEDDED, null, DONE));
        assertNull(embedded.verification().recheckOn());
        PlanVerification.Recorded partly = record(form(Judgement.PARTLY_EMBEDDED, TODAY.plusMonths(6), DONE));
        assertEquals(TODAY.plusMonths(6), partly.verification().recheckOn());
        assertEquals(1, partly.items().size());
        assertEquals("Audit of ten cases", partly.items().get(0).evidence());
        assertEquals(partly.verification().id(), partly.items().get(0).verificationId());
    }

    @Test
    void whoVerifiedAndWhenAreNeededAndTheDayIsNotInTheFuture() {
        assertEquals("scrutinisedBy", refused(new Form(" ", TODAY, Judgement.EMBEDDED, "Embedded", null, List.of(DONE))));
        assertEquals("verifiedOn", refused(new Form("Sam Scrutineer", TODAY.plusDays(1), Judgement.EMBEDDED, "Embedded",
                null, List.of(DONE))));
        assertEquals("summary", refused(new Form("Sam Scrutineer", TODAY, Judgement.EMBEDDED, "", null, List.of(DONE))));
    }

    private static Form form(Judgement judgement, LocalDate recheckOn, Answered... rows) {
        return new Form("Sam Scrutineer", TODAY, judgement, "What the verification found", recheckOn, List.of(rows));
    }

    private static PlanVerification.Recorded record(Form form) {
        return PlanVerification.record(PlanVerification.Basis.CASE, "review", "LCR-2026-0001", form, "Mo Manager", NOW,
                TODAY);
    }

    private static String refused(Form form) {
        return assertThrows(InvalidFieldException.class, () -> record(form)).field();
    }
}
