package uk.safeguarding.reviews.practicereview.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.InvalidFieldException;

/** §10.3 e: an agency summary is rated with one of the partnership's ratings, and only with one. */
class SummaryRatingTest {

    private static final List<String> SCALE = List.of("Good", "Requires improvement", "Inadequate");
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-06-01T10:00Z");

    private static SummaryRating rate(String rating, String note) {
        return SummaryRating.of("request", "review", "RR-2026-0001", "Police", rating, SCALE, note, "Mo Manager", AT);
    }

    @Test
    void aRatingIsOneOfTheScaleKeptWithItsPlaceOnIt() {
        SummaryRating rated = rate("  Requires improvement ", " ");
        assertEquals("Requires improvement", rated.rating());
        assertEquals(2, rated.scalePosition());
        assertNull(rated.note(), "a blank note is no note");
        assertEquals("rating", assertThrows(InvalidFieldException.class, () -> rate("Splendid", null)).field());
        assertEquals("rating", assertThrows(InvalidFieldException.class, () -> rate(null, null)).field());
        assertEquals("ratingNote", assertThrows(InvalidFieldException.class, () -> rate("Good",
                "x".repeat(SummaryRating.MAX_NOTE + 1))).field());
    }
}
