package uk.safeguarding.reviews.linking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.InvalidFieldException;

/** A board's own SAR or DHR: what it must have, and how it moves on. */
class BoardReviewTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 26, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aSafeguardingAdultsReviewIsRecordedAtScopingWithItsOwnReference() {
        BoardReview sar = BoardReview.record(7, LinkedKind.SAFEGUARDING_ADULTS_REVIEW, " Alex Smith ",
                LocalDate.of(1990, 3, 4), LocalDate.of(2026, 11, 1), "", "sab.manager", NOW);
        assertEquals("SAR-2026-0007", sar.reference());
        assertEquals("Alex Smith", sar.subjectName());
        assertEquals(BoardReviewStage.SCOPING, sar.stage());
        assertEquals(null, sar.leadReviewer());
        sar.moveTo(BoardReviewStage.IN_PROGRESS, "Dr Morgan", NOW.plusDays(3));
        assertEquals(NOW.plusDays(3), sar.stageChangedAt());
        sar.moveTo(BoardReviewStage.IN_PROGRESS, "Dr Morgan", NOW.plusDays(5));
        assertEquals(NOW.plusDays(3), sar.stageChangedAt(), "the stage's date is when it was reached");
    }

    @Test
    void eachMissingOrImpossibleFactIsNamedByItsField() {
        assertField("kind", () -> BoardReview.record(1, LinkedKind.RAPID_REVIEW, "A B", LocalDate.of(1990, 1, 1),
                LocalDate.of(2026, 1, 1), null, "m", NOW));
        assertField("subjectName", () -> BoardReview.record(1, LinkedKind.DOMESTIC_HOMICIDE_REVIEW, " ",
                LocalDate.of(1990, 1, 1), LocalDate.of(2026, 1, 1), null, "m", NOW));
        assertField("subjectBornOn", () -> BoardReview.record(1, LinkedKind.DOMESTIC_HOMICIDE_REVIEW, "A B",
                LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1), null, "m", NOW));
        assertField("decidedOn", () -> BoardReview.record(1, LinkedKind.DOMESTIC_HOMICIDE_REVIEW, "A B",
                LocalDate.of(1990, 1, 1), LocalDate.of(2026, 12, 1), null, "m", NOW));
        assertField("decidedOn", () -> BoardReview.record(1, LinkedKind.DOMESTIC_HOMICIDE_REVIEW, "A B",
                LocalDate.of(1990, 1, 1), LocalDate.of(1989, 1, 1), null, "m", NOW));
        assertTrue(BoardReview.record(2, LinkedKind.DOMESTIC_HOMICIDE_REVIEW, "A B", LocalDate.of(1990, 1, 1),
                LocalDate.of(2026, 1, 1), null, "m", NOW).reference().startsWith("DHR-2026-"));
    }

    private static void assertField(String field, Runnable attempt) {
        InvalidFieldException e = assertThrows(InvalidFieldException.class, attempt::run);
        assertEquals(field, e.field(), e.getMessage());
    }
}
