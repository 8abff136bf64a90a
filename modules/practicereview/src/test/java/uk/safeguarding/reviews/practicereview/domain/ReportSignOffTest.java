package uk.safeguarding.reviews.practicereview.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RefusedException;

/** §8.3: the agreed report signed off by the three statutory partners; a decline decided by the Executive (§7.12). */
class ReportSignOffTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final List<String> PARTNERS = List.of("Local Authority", "Police", "Health (ICB)");

    @Test
    void theReportIsSignedOffOnceEachPartnerHasSignedIt() {
        ReportVersion agreed = agreedVersion();
        List<ReportSignOff> answers = new ArrayList<>();
        answers.add(ReportSignOff.answer(agreed, "Local Authority", PARTNERS, answers,
                ReportSignOff.Answer.SIGNED_OFF, null, "la", "Lee", NOW));
        assertEquals(List.of("Police", "Health (ICB)"), ReportSignOff.stillToSignOff(agreed, PARTNERS, answers));
        assertThrows(RefusedException.class, () -> ReportSignOff.answer(agreed, "Local Authority", PARTNERS, answers,
                ReportSignOff.Answer.SIGNED_OFF, null, "la", "Lee", NOW), "each partner answers once");
        answers.add(ReportSignOff.answer(agreed, "Police", PARTNERS, answers, ReportSignOff.Answer.SIGNED_OFF, null,
                "p", "Pat", NOW));
        answers.add(ReportSignOff.answer(agreed, "Health (ICB)", PARTNERS, answers, ReportSignOff.Answer.SIGNED_OFF,
                null, "h", "Hana", NOW));
        assertEquals(List.of(), ReportSignOff.stillToSignOff(agreed, PARTNERS, answers));
    }

    @Test
    void aDeclineNeedsItsReasonAndWaitsForTheExecutiveWhoMaySignForThePartnership() {
        ReportVersion agreed = agreedVersion();
        assertEquals("reason", assertThrows(InvalidFieldException.class, () -> ReportSignOff.answer(agreed, "Police",
                PARTNERS, List.of(), ReportSignOff.Answer.DECLINED, " ", "p", "Pat", NOW)).field());
        assertEquals("answer", assertThrows(InvalidFieldException.class, () -> ReportSignOff.answer(agreed, "Police",
                PARTNERS, List.of(), null, null, "p", "Pat", NOW)).field());
        assertEquals("partner", assertThrows(InvalidFieldException.class, () -> ReportSignOff.answer(agreed,
                "Fire Service", PARTNERS, List.of(), ReportSignOff.Answer.SIGNED_OFF, null, "p", "Pat", NOW)).field());
        ReportSignOff declined = ReportSignOff.answer(agreed, "Police", PARTNERS, List.of(),
                ReportSignOff.Answer.DECLINED, "Not achievable", "p", "Pat", NOW);
        assertTrue(declined.awaitingExecutive());
        assertEquals(List.of("Local Authority", "Police", "Health (ICB)"),
                ReportSignOff.stillToSignOff(agreed, PARTNERS, List.of(declined)));
        assertEquals("executiveReason", assertThrows(InvalidFieldException.class, () -> declined.decide(
                ReportSignOff.ExecutiveDecision.SIGN_OFF_FOR_THE_PARTNERSHIP, "", "exec", NOW)).field());
        declined.decide(ReportSignOff.ExecutiveDecision.SIGN_OFF_FOR_THE_PARTNERSHIP, "The date is agreed", "exec",
                NOW.plusDays(1));
        assertTrue(declined.signedOff());
        assertFalse(declined.awaitingExecutive());
        assertEquals(NOW.plusDays(1), declined.signedOffAt(), "signed off when the Executive decided");
        assertThrows(RefusedException.class, () -> declined.decide(
                ReportSignOff.ExecutiveDecision.RETURN_TO_THE_REVIEW_GROUP, "Again", "exec", NOW), "decided once");
    }

    @Test
    void aReturnedVersionIsNoLongerSignedOffAndTheNextIsAgreedInItsPlace() {
        ReportVersion agreed = agreedVersion();
        agreed.returnToReviewGroup("Give the recommendation a date it can meet", "exec", TODAY);
        assertFalse(agreed.isFinal());
        assertTrue(agreed.isAgreed(), "it stays in the record as agreed, and returned");
        assertThrows(RefusedException.class, () -> ReportSignOff.answer(agreed, "Police", PARTNERS, List.of(),
                ReportSignOff.Answer.SIGNED_OFF, null, "p", "Pat", NOW));
        assertThrows(RefusedException.class, () -> agreed.returnToReviewGroup("Twice", "exec", TODAY));
    }

    private static ReportVersion agreedVersion() {
        Map<ReportSection, String> texts = new EnumMap<>(ReportSection.class);
        for (ReportSection section : ReportSection.values()) {
            texts.put(section, "Text");
        }
        ReportVersion version = ReportVersion.draft("r", 1, new ReportVersion.Draft(texts, "Summary",
                List.of(new ReportVersion.RecommendationLines("Train", "F", "Police", "M", TODAY.plusMonths(3)))),
                "lead", NOW, TODAY);
        version.agree(TODAY, "Review group", "bm", 1, TODAY);
        return version;
    }
}
