package uk.safeguarding.reviews.practicereview.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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

/** §8.3: a version of the report written in the product, its SMART recommendations and its agreement. */
class ReportVersionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final OffsetDateTime SAVED_AT = OffsetDateTime.of(2026, 11, 30, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aDraftMayLeaveSectionsForLaterAndSaysWhichAreStillToWrite() {
        Map<ReportSection, String> some = new EnumMap<>(ReportSection.class);
        some.put(ReportSection.WHAT_HAPPENED, "  The school raised concerns.  ");
        some.put(ReportSection.DECISIONS, "   ");
        ReportVersion version = ReportVersion.draft("r", 3, new ReportVersion.Draft(some, null, List.of()), "lead",
                SAVED_AT, TODAY);
        assertEquals(3, version.version());
        assertEquals("The school raised concerns.", version.sections().get(ReportSection.WHAT_HAPPENED));
        assertFalse(version.sections().containsKey(ReportSection.DECISIONS), "a blank section is not written");
        assertEquals(ReportSection.values().length - 1, version.unwritten().size());
        assertEquals(ReportSection.QUESTIONS, version.unwritten().get(0), "in the order \u00a78.3 lists them");
        assertEquals("", version.executiveSummary());
    }

    @Test
    void aRecommendationBegunMustBeSmartInEveryPartAndEachRefusalNamesItsRowAndBox() {
        assertEquals("recommendation-2-measure", refusedField(List.of(smart("Train staff"),
                new ReportVersion.RecommendationLines("Audit referrals", "Finding 2", "Police", " ", TODAY))));
        assertEquals("recommendation-1-agency", refusedField(List.of(
                new ReportVersion.RecommendationLines("Audit referrals", "Finding 2", null, "Audit shows", TODAY))));
        assertEquals("recommendation-1-dueBy", refusedField(List.of(
                new ReportVersion.RecommendationLines("Audit referrals", "Finding 2", "Police", "Audit shows", null))));
        assertEquals("recommendation-1-action", refusedField(List.of(
                new ReportVersion.RecommendationLines("", "Finding 2", "Police", "Audit shows", TODAY))));
        assertEquals("recommendation-1-finding", refusedField(List.of(
                new ReportVersion.RecommendationLines("Audit", null, "Police", "Audit shows", TODAY))));
    }

    @Test
    void aRecommendationCannotFallDueInThePastNorBeListedTwice() {
        InvalidFieldException past = assertThrows(InvalidFieldException.class, () -> draftWith(List.of(
                new ReportVersion.RecommendationLines("Audit", "F", "Police", "M", TODAY.minusDays(1)))));
        assertEquals("recommendation-1-dueBy", past.field());
        assertTrue(past.getMessage().contains("1 December 2026"), past.getMessage());
        InvalidFieldException twice = assertThrows(InvalidFieldException.class,
                () -> draftWith(List.of(smart("Train staff"), smart("train STAFF"))));
        assertEquals("recommendation-2-action", twice.field());
    }

    @Test
    void blankRowsAreLeftOutAndTheRestKeepTheirOrder() {
        ReportVersion version = draftWith(List.of(new ReportVersion.RecommendationLines(" ", null, "", null, null),
                smart("First"), smart("Second")));
        assertEquals(List.of("First", "Second"), version.recommendations().stream().map(SmartRecommendation::action)
                .toList());
    }

    @Test
    void tooLongASectionOrSummaryIsRefusedBesideItsBox() {
        Map<ReportSection, String> texts = new EnumMap<>(ReportSection.class);
        texts.put(ReportSection.WORKING_TOGETHER, "x".repeat(ReportSection.MAX_LENGTH + 1));
        assertEquals("working-together", assertThrows(InvalidFieldException.class, () -> ReportVersion.draft("r", 1,
                new ReportVersion.Draft(texts, null, List.of()), "lead", SAVED_AT, TODAY)).field());
        assertEquals("executiveSummary", assertThrows(InvalidFieldException.class, () -> ReportVersion.draft("r", 1,
                new ReportVersion.Draft(Map.of(), "y".repeat(ReportVersion.MAX_SUMMARY_LENGTH + 1), List.of()), "lead",
                SAVED_AT, TODAY)).field());
    }

    @Test
    void aCompleteVersionWithAShortSummaryIsAgreed() {
        ReportVersion version = complete(List.of(smart("Train staff")));
        version.agree(TODAY, " Review group, 2 December 2026 ", "manager", 2, TODAY);
        assertTrue(version.isAgreed());
        assertEquals("Review group, 2 December 2026", version.agreedBy());
        assertEquals("manager", version.agreementRecordedBy());
        RefusedException again = assertThrows(RefusedException.class,
                () -> version.agree(TODAY, "Review group", "manager", 1, TODAY));
        assertTrue(again.getMessage().contains("agreed already"), again.getMessage());
    }

    @Test
    void anExecutiveSummaryLongerThanTwoA4PagesIsRefusedSayingHowMany() {
        // §8.3: "an executive summary of no more than 2 A4 pages".
        ReportVersion version = complete(List.of(smart("Train staff")));
        RefusedException refused = assertThrows(RefusedException.class,
                () -> version.agree(TODAY, "Review group", "manager", 3, TODAY));
        assertTrue(refused.getMessage().contains("runs to 3 A4 pages"), refused.getMessage());
        assertTrue(refused.getMessage().contains("no more than 2"), refused.getMessage());
        assertFalse(version.isAgreed());
    }

    @Test
    void aVersionWithASectionUnwrittenOrNoRecommendationIsNotAgreed() {
        Map<ReportSection, String> texts = allSections();
        texts.remove(ReportSection.PRACTICE_IN_GENERAL);
        ReportVersion missing = ReportVersion.draft("r", 1, new ReportVersion.Draft(texts, "Summary",
                List.of(lines("Train staff"))), "lead", SAVED_AT, TODAY);
        RefusedException refused = assertThrows(RefusedException.class,
                () -> missing.agree(TODAY, "Review group", "manager", 1, TODAY));
        assertTrue(refused.getMessage().contains(ReportSection.PRACTICE_IN_GENERAL.heading()), refused.getMessage());
        RefusedException none = assertThrows(RefusedException.class,
                () -> complete(List.of()).agree(TODAY, "Review group", "manager", 1, TODAY));
        assertTrue(none.getMessage().contains("no recommendations"), none.getMessage());
        ReportVersion noSummary = ReportVersion.draft("r", 1, new ReportVersion.Draft(allSections(), " ",
                List.of(lines("Train staff"))), "lead", SAVED_AT, TODAY);
        assertTrue(assertThrows(RefusedException.class, () -> noSummary.agree(TODAY, "Review group", "manager", 0,
                TODAY)).getMessage().contains("no executive summary"));
    }

    @Test
    void theAgreementIsDatedFromTheSavingToTodayAndSaysWhichMeeting() {
        ReportVersion version = complete(List.of(smart("Train staff")));
        assertEquals("agreedOn", assertThrows(InvalidFieldException.class,
                () -> version.agree(TODAY.plusDays(1), "Review group", "manager", 1, TODAY)).field());
        InvalidFieldException before = assertThrows(InvalidFieldException.class,
                () -> version.agree(LocalDate.of(2026, 11, 29), "Review group", "manager", 1, TODAY));
        assertEquals("agreedOn", before.field());
        assertTrue(before.getMessage().contains("30 November 2026"), before.getMessage());
        assertEquals("agreedBy", assertThrows(InvalidFieldException.class,
                () -> version.agree(TODAY, " ", "manager", 1, TODAY)).field());
        assertEquals("agreedOn", assertThrows(InvalidFieldException.class,
                () -> version.agree(null, "Review group", "manager", 1, TODAY)).field());
        assertNull(version.agreedOn(), "nothing refused is recorded");
    }

    @Test
    void aRecommendationDueBeforeTheAgreementMustBeGivenALaterDate() {
        LocalDate saved = LocalDate.of(2026, 11, 30);
        ReportVersion version = ReportVersion.draft("r", 1, new ReportVersion.Draft(allSections(), "Summary",
                List.of(new ReportVersion.RecommendationLines("Train staff", "F", "Police", "M", saved))), "lead",
                SAVED_AT, saved);
        RefusedException refused = assertThrows(RefusedException.class,
                () -> version.agree(TODAY, "Review group", "manager", 1, TODAY));
        assertTrue(refused.getMessage().contains("30 November 2026"), refused.getMessage());
    }

    private static String refusedField(List<ReportVersion.RecommendationLines> rows) {
        return assertThrows(InvalidFieldException.class, () -> draftWith(rows)).field();
    }

    private static ReportVersion draftWith(List<ReportVersion.RecommendationLines> rows) {
        return ReportVersion.draft("r", 1, new ReportVersion.Draft(Map.of(), null, new ArrayList<>(rows)), "lead",
                SAVED_AT, TODAY);
    }

    private static ReportVersion complete(List<ReportVersion.RecommendationLines> rows) {
        return ReportVersion.draft("r", 1, new ReportVersion.Draft(allSections(), "Summary", rows), "lead", SAVED_AT,
                TODAY);
    }

    private static Map<ReportSection, String> allSections() {
        Map<ReportSection, String> texts = new EnumMap<>(ReportSection.class);
        for (ReportSection section : ReportSection.values()) {
            texts.put(section, "Text of " + section.heading());
        }
        return texts;
    }

    private static ReportVersion.RecommendationLines smart(String action) {
        return lines(action);
    }

    private static ReportVersion.RecommendationLines lines(String action) {
        return new ReportVersion.RecommendationLines(action, "Finding 1", "Children's services",
                "An audit in six months shows it", TODAY.plusMonths(6));
    }
}
