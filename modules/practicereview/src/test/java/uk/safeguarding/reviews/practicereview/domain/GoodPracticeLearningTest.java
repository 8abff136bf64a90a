package uk.safeguarding.reviews.practicereview.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.InvalidFieldException;

/** §5.3: a Good Outcome Review's learning summary and each occasion it was shared. */
class GoodPracticeLearningTest {

    private static final LocalDate OPENED = LocalDate.of(2026, 11, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void theSummaryGivesEveryPartThePolicyAsksForEachRefusedBesideItsBox() {
        assertEquals("success", refused(new LearningSummary.Summary(" ", "l", "f", "a", "by", TODAY)));
        assertEquals("learning", refused(new LearningSummary.Summary("s", null, "f", "a", "by", TODAY)));
        assertEquals("furtherImprovement", refused(new LearningSummary.Summary("s", "l", "", "a", "by", TODAY)));
        assertEquals("audiences", refused(new LearningSummary.Summary("s", "l", "f", " ", "by", TODAY)));
        assertEquals("agreedBy", refused(new LearningSummary.Summary("s", "l", "f", "a", null, TODAY)));
        assertEquals("agreedOn", refused(new LearningSummary.Summary("s", "l", "f", "a", "by", TODAY.plusDays(1))));
        InvalidFieldException early = assertThrows(InvalidFieldException.class, () -> LearningSummary.agree("r",
                new LearningSummary.Summary("s", "l", "f", "a", "by", OPENED.minusDays(1)), OPENED, "bm", NOW, TODAY));
        assertTrue(early.getMessage().contains("2 November 2026"), early.getMessage());
        LearningSummary agreed = LearningSummary.agree("r", new LearningSummary.Summary(" What worked ", "l", "f", "a",
                "Review meeting", TODAY), OPENED, "bm", NOW, TODAY);
        assertEquals("What worked", agreed.success());
    }

    @Test
    void anOccasionIsDatedFromTheSummarysAgreementAndSaysWhoHeardItAndHow() {
        LocalDate agreed = TODAY.minusDays(5);
        assertEquals("sharedOn", assertThrows(InvalidFieldException.class, () -> Dissemination.record("r",
                new Dissemination.Occasion(agreed.minusDays(1), "Forum", "Briefing", null), agreed, "bm", NOW, TODAY))
                .field());
        assertEquals("audience", assertThrows(InvalidFieldException.class, () -> Dissemination.record("r",
                new Dissemination.Occasion(TODAY, " ", "Briefing", null), agreed, "bm", NOW, TODAY)).field());
        assertEquals("method", assertThrows(InvalidFieldException.class, () -> Dissemination.record("r",
                new Dissemination.Occasion(TODAY, "Forum", null, null), agreed, "bm", NOW, TODAY)).field());
        assertEquals("reached", assertThrows(InvalidFieldException.class, () -> Dissemination.record("r",
                new Dissemination.Occasion(TODAY, "Forum", "Briefing", -1), agreed, "bm", NOW, TODAY)).field());
        Dissemination shared = Dissemination.record("r", new Dissemination.Occasion(TODAY, "Forum", "Briefing", null),
                agreed, "bm", NOW, TODAY);
        assertNull(shared.reached(), "how many it reached may not be known");
    }

    private static String refused(LearningSummary.Summary summary) {
        return assertThrows(InvalidFieldException.class, () -> LearningSummary.agree("r", summary, OPENED, "bm", NOW,
                TODAY)).field();
    }
}
