package uk.safeguarding.reviews.practicereview.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RefusedException;

/** §8.3: the draft report checked by the contributing agencies for factual accuracy, and every comment considered. */
class AccuracyRequestTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final LocalDate DUE = LocalDate.of(2026, 12, 16);

    @Test
    void anAgencyCommentsOnPartsOfTheReportOnceAndBlankRowsAreNoComment() {
        AccuracyRequest request = request("Police");
        List<AccuracyComment> comments = request.respond(List.of(
                new AccuracyRequest.CommentLines("what-happened", " The call was on 3 May, not 4 May. "),
                new AccuracyRequest.CommentLines(null, " "),
                new AccuracyRequest.CommentLines(ReportSection.RECOMMENDATIONS_ANCHOR, "Name the police team")),
                false, "police.contact", NOW);
        assertEquals(2, comments.size());
        assertEquals("What happened, and its context", comments.get(0).anchorLabel());
        assertEquals("The call was on 3 May, not 4 May.", comments.get(0).text());
        assertEquals("Police", comments.get(1).agencyName());
        assertTrue(request.responded());
        assertEquals(2, request.commentCount());
        assertThrows(RefusedException.class, () -> request.respond(List.of(), true, "police.contact", NOW),
                "answered once");
    }

    @Test
    void eachRefusalNamesItsRowAndNoCommentsMustBeSaid() {
        assertEquals("comment-2-anchor", assertThrows(InvalidFieldException.class, () -> request("Police").respond(
                List.of(new AccuracyRequest.CommentLines("questions", "Fine"),
                        new AccuracyRequest.CommentLines("the-appendix", "Wrong")), false, "p", NOW)).field());
        assertEquals("comment-1-text", assertThrows(InvalidFieldException.class, () -> request("Police").respond(
                List.of(new AccuracyRequest.CommentLines("questions", " ")), false, "p", NOW)).field());
        assertEquals("comment-1-text", assertThrows(InvalidFieldException.class, () -> request("Police").respond(
                List.of(new AccuracyRequest.CommentLines("questions", "x".repeat(AccuracyRequest.MAX_COMMENT + 1))),
                false, "p", NOW)).field());
        InvalidFieldException nothing = assertThrows(InvalidFieldException.class,
                () -> request("Police").respond(List.of(), false, "p", NOW));
        assertEquals("noComments", nothing.field());
        assertEquals("noComments", assertThrows(InvalidFieldException.class, () -> request("Police").respond(
                List.of(new AccuracyRequest.CommentLines("questions", "A point")), true, "p", NOW)).field(),
                "comments and \u201cno comments\u201d contradict each other");
        AccuracyRequest none = request("Health");
        assertEquals(List.of(), none.respond(List.of(), true, "h", NOW));
        assertTrue(none.responded());
    }

    @Test
    void theReviewGroupAgreesOnlyOnceTheRoundIsOverAndEveryCommentIsDealtWith() {
        assertTrue(AccuracyRequest.outstanding(List.of(), List.of(), TODAY).orElseThrow().getMessage().startsWith("\u00a78.3"),
                "the draft goes to the agencies first");
        AccuracyRequest police = request("Police");
        AccuracyRequest health = request("Health");
        List<AccuracyComment> comments = police.respond(List.of(new AccuracyRequest.CommentLines("decisions",
                "The strategy meeting was held")), false, "p", NOW);
        Optional<RefusedException> waiting = AccuracyRequest.outstanding(List.of(police, health), comments, TODAY);
        assertTrue(waiting.orElseThrow().getMessage().contains("Health (until 16 December 2026)"), waiting.toString());
        assertTrue(AccuracyRequest.outstanding(List.of(police, health), comments, DUE).isPresent(),
                "the last day is still the agency's");
        Optional<RefusedException> undisposed = AccuracyRequest.outstanding(List.of(police, health), comments,
                DUE.plusDays(1));
        assertTrue(undisposed.orElseThrow().getMessage().contains("1 comment is not yet accepted or answered"), undisposed.toString());
        assertTrue(health.overdue(DUE.plusDays(1)), "an agency that never answers does not hold the report up");

        AccuracyComment comment = comments.get(0);
        assertEquals("reason", assertThrows(InvalidFieldException.class,
                () -> comment.dispose(AccuracyComment.Disposal.NOT_ACCEPTED, " ", "bm", NOW)).field());
        assertEquals("disposal", assertThrows(InvalidFieldException.class,
                () -> comment.dispose(null, null, "bm", NOW)).field());
        assertFalse(comment.disposed());
        comment.dispose(AccuracyComment.Disposal.NOT_ACCEPTED, "The minutes show no meeting", "bm", NOW);
        assertEquals("The minutes show no meeting", comment.disposalReason());
        assertThrows(RefusedException.class, () -> comment.dispose(AccuracyComment.Disposal.ACCEPTED, null, "bm", NOW));
        assertEquals(Optional.empty(), AccuracyRequest.outstanding(List.of(police, health), comments, DUE.plusDays(1)));
    }

    @Test
    void anAgreedVersionIsNotSentForComment() {
        ReportVersion version = ReportVersion.draft("r", 1, new ReportVersion.Draft(everySection(), "Summary",
                List.of(new ReportVersion.RecommendationLines("Train", "F", "Police", "M", TODAY.plusMonths(2)))),
                "lead", NOW, TODAY);
        version.agree(TODAY, "Review group", "bm", 1, TODAY);
        assertThrows(RefusedException.class, () -> AccuracyRequest.send(version, "CSPR-2026-0001", "a", "Police", DUE,
                "bm", NOW));
    }

    private static AccuracyRequest request(String agency) {
        ReportVersion version = ReportVersion.draft("r", 1, new ReportVersion.Draft(Map.of(), null, List.of()), "lead",
                NOW, TODAY);
        return AccuracyRequest.send(version, "CSPR-2026-0001", agency.toLowerCase(), agency, DUE, "bm", NOW);
    }

    private static Map<ReportSection, String> everySection() {
        Map<ReportSection, String> texts = new java.util.EnumMap<>(ReportSection.class);
        for (ReportSection section : ReportSection.values()) {
            texts.put(section, "Text");
        }
        return texts;
    }
}
