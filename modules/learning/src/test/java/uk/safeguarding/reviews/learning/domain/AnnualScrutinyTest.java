package uk.safeguarding.reviews.learning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.InvalidFieldException;

/** §9: the Independent Adviser's annual scrutiny says how assured they are and what they found. */
class AnnualScrutinyTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 6, 10, 9, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aConclusionAndFindingsAreNeededAndRecordingAgainRevisesThem() {
        AnnualScrutiny scrutiny = new AnnualScrutiny(2025);
        assertEquals("conclusion", assertThrows(InvalidFieldException.class,
                () -> scrutiny.record(null, "On track", "Ira Adviser", NOW)).field());
        assertEquals("findings", assertThrows(InvalidFieldException.class,
                () -> scrutiny.record(AnnualScrutiny.Conclusion.ASSURED, "  ", "Ira Adviser", NOW)).field());
        assertEquals("findings", assertThrows(InvalidFieldException.class,
                () -> scrutiny.record(AnnualScrutiny.Conclusion.ASSURED, "x".repeat(4001), "Ira Adviser", NOW)).field());

        scrutiny.record(AnnualScrutiny.Conclusion.ASSURED, " On track ", "Ira Adviser", NOW);
        scrutiny.record(AnnualScrutiny.Conclusion.NOT_ASSURED, "Two plans stalled", "Ira Adviser", NOW.plusDays(1));
        assertEquals(AnnualScrutiny.Conclusion.NOT_ASSURED, scrutiny.conclusion());
        assertEquals("Two plans stalled", scrutiny.findings());
        assertEquals(NOW.plusDays(1), scrutiny.scrutinisedAt());
    }
}
