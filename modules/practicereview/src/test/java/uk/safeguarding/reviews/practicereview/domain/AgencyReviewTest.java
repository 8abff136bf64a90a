package uk.safeguarding.reviews.practicereview.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RefusedException;

/**
 * §4.2 table: an individual agency review, "with scrutiny that learning has been effectively
 * addressed": who is asked, what the agency sends and the scrutiny of each round.
 */
class AgencyReviewTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final LocalDate DUE = LocalDate.of(2027, 1, 15);

    @Test
    void theAgencyItsLeadAndWhatToLookAtAreEachRefusedBesideTheirBoxWhenMissing() {
        assertEquals("agency", refused(new AgencyReview.Commission(" ", "", "Lead", "lead@agency.gov.uk", "Focus")));
        assertEquals("leadName", refused(new AgencyReview.Commission("a1", "Police", " ", "lead@agency.gov.uk", "F")));
        assertEquals("leadEmail", refused(new AgencyReview.Commission("a1", "Police", "Lead", null, "F")));
        InvalidFieldException malformed = assertThrows(InvalidFieldException.class, () -> AgencyReview.commission("r",
                "IAR-1", new AgencyReview.Commission("a1", "Police", "Lead", "lead at police", "F"), "bm", NOW));
        assertEquals("leadEmail", malformed.field());
        assertTrue(malformed.getMessage().contains("name@agency.gov.uk"), malformed.getMessage());
        assertEquals("focus", refused(new AgencyReview.Commission("a1", "Police", "Lead", "lead@police.uk", "")));
        assertEquals("focus", refused(new AgencyReview.Commission("a1", "Police", "Lead", "lead@police.uk",
                "x".repeat(AgencyReview.MAX_FOCUS + 1))));
        AgencyReview asked = AgencyReview.commission("r", "IAR-1", new AgencyReview.Commission(" a1 ", "Police",
                " Dana Lead ", " lead@police.uk ", " Missed referrals "), "bm", NOW);
        assertEquals("a1", asked.agencyId());
        assertEquals("Dana Lead", asked.leadName());
        assertEquals("lead@police.uk", asked.leadEmail());
        assertEquals("Missed referrals", asked.focus());
    }

    @Test
    void theLessonsGiveEveryRequiredPartAndAreSentOncePerRound() {
        AgencyReviewRound round = AgencyReviewRound.ask("ar", 1, NOW, DUE);
        assertEquals("scope", sendRefused(round, new AgencyReviewRound.Lessons(" ", "f", "l", "c", null)));
        assertEquals("findings", sendRefused(round, new AgencyReviewRound.Lessons("s", null, "l", "c", null)));
        assertEquals("lessons", sendRefused(round, new AgencyReviewRound.Lessons("s", "f", "", "c", null)));
        assertEquals("changes", sendRefused(round, new AgencyReviewRound.Lessons("s", "f", "l", " ", null)));
        assertEquals("sharedLearning", sendRefused(round, new AgencyReviewRound.Lessons("s", "f", "l", "c",
                "x".repeat(AgencyReviewRound.MAX_TEXT + 1))));
        assertFalse(round.sent(), "a refused answer leaves the round unsent");
        round.send(new AgencyReviewRound.Lessons("Records", "Findings", "Lessons", "Changes", " "), "contact", NOW);
        assertTrue(round.sent());
        assertNull(round.sharedLearning(), "nothing for other agencies is optional");
        assertThrows(RefusedException.class, () -> round.send(new AgencyReviewRound.Lessons("s", "f", "l", "c", null),
                "contact", NOW), "a sent round is never rewritten");
    }

    @Test
    void scrutinyNeedsTheLessonsAJudgementAndEvidenceOrAReasonOncePerRound() {
        AgencyReviewRound round = AgencyReviewRound.ask("ar", 1, NOW, DUE);
        assertThrows(RefusedException.class, () -> round.judge(AgencyReviewRound.Judgement.ADDRESSED, "Audit", "bm",
                NOW), "nothing to scrutinise before the lessons are sent");
        round.send(new AgencyReviewRound.Lessons("s", "f", "l", "c", null), "contact", NOW);
        assertEquals("judgement", assertThrows(InvalidFieldException.class, () -> round.judge(null, "x", "bm", NOW))
                .field());
        InvalidFieldException noEvidence = assertThrows(InvalidFieldException.class, () -> round.judge(
                AgencyReviewRound.Judgement.ADDRESSED, " ", "bm", NOW));
        assertEquals("note", noEvidence.field());
        assertTrue(noEvidence.getMessage().contains("evidence"), noEvidence.getMessage());
        InvalidFieldException noReason = assertThrows(InvalidFieldException.class, () -> round.judge(
                AgencyReviewRound.Judgement.RETURNED, null, "bm", NOW));
        assertTrue(noReason.getMessage().contains("why"), noReason.getMessage());
        round.judge(AgencyReviewRound.Judgement.RETURNED, "The changes name no date", "bm", NOW);
        assertEquals(AgencyReviewRound.Judgement.RETURNED, round.judgement());
        assertThrows(RefusedException.class, () -> round.judge(AgencyReviewRound.Judgement.ADDRESSED, "Audit", "bm",
                NOW), "a judged round is never rewritten: a return opens the next round");
    }

    @Test
    void aRoundIsOverdueOnlyAfterItsDueDayAndOnlyWhileUnsent() {
        AgencyReviewRound round = AgencyReviewRound.ask("ar", 2, NOW, DUE);
        assertFalse(round.overdue(DUE), "due today is not late");
        assertTrue(round.overdue(DUE.plusDays(1)));
        round.send(new AgencyReviewRound.Lessons("s", "f", "l", "c", null), "contact", NOW);
        assertFalse(round.overdue(DUE.plusDays(1)));
        assertThrows(IllegalArgumentException.class, () -> AgencyReviewRound.ask("ar", 0, NOW, DUE));
    }

    private static String refused(AgencyReview.Commission commission) {
        return assertThrows(InvalidFieldException.class, () -> AgencyReview.commission("r", "IAR-1", commission, "bm",
                NOW)).field();
    }

    private static String sendRefused(AgencyReviewRound round, AgencyReviewRound.Lessons lessons) {
        return assertThrows(InvalidFieldException.class, () -> round.send(lessons, "contact", NOW)).field();
    }
}
