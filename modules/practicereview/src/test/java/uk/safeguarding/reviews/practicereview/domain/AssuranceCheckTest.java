package uk.safeguarding.reviews.practicereview.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.InvalidFieldException;

/** §7.1, Document 4: the assurance questions at a key stage, each answered, each not met with what will be done. */
class AssuranceCheckTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final List<String> QUESTIONS = List.of("Is the scope proportionate?", "Is the family involved?");

    @Test
    void everyQuestionIsAnsweredAndOneNotMetSaysWhatWillBeDone() {
        InvalidFieldException unanswered = assertThrows(InvalidFieldException.class, () -> check(List.of(
                new AssuranceCheck.Answer(true, null), new AssuranceCheck.Answer(null, null))));
        assertEquals("answer-2", unanswered.field());
        assertTrue(unanswered.getMessage().contains("Is the family involved?"), unanswered.getMessage());
        assertEquals("answer-2", assertThrows(InvalidFieldException.class, () -> check(List.of(
                new AssuranceCheck.Answer(true, null)))).field(), "a question left off the form is unanswered");
        assertEquals("note-1", assertThrows(InvalidFieldException.class, () -> check(List.of(
                new AssuranceCheck.Answer(false, " "), new AssuranceCheck.Answer(true, null)))).field());

        AssuranceCheck check = check(List.of(new AssuranceCheck.Answer(false, "Narrow it at the next review group"),
                new AssuranceCheck.Answer(true, null)));
        assertEquals(1, check.notMet());
        assertEquals("Is the scope proportionate?", check.answers().get(0).question(), "kept as it was asked");
        assertEquals("Under review", check.stageName());
    }

    private static AssuranceCheck check(List<AssuranceCheck.Answer> answers) {
        return AssuranceCheck.of("review-1", "Under review", QUESTIONS, answers, "bm", NOW);
    }
}
