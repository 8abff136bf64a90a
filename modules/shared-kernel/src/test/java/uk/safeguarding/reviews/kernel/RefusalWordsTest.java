package uk.safeguarding.reviews.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A refusal carries its key and arguments, and reads in the words of its module's bundle (issue 13 §3). */
class RefusalWordsTest {

    @Test
    void aKeyNamesTheBundleOfItsModule() {
        assertEquals("uk.safeguarding.reviews.review.refusals", RefusalWords.bundleOf("review.kind-definition.stage-gone"));
        assertThrows(IllegalArgumentException.class, () -> RefusalWords.bundleOf("Say why the definition changes"),
                "English passed where a key belongs is a programming error, found at once");
    }

    @Test
    void aRefusalReadsInItsBundlesWordsWithItsArgumentsAsConcatenationWouldWriteThem() {
        RefusedException refused = RefusedException.because("kernel.reporting-year.choose-year-from-april-year", 2026);

        assertEquals("Choose a year from April 2026 to the year running now", refused.getMessage(),
                "a year reads 2026, not 2,026");
        assertEquals(Optional.of("kernel.reporting-year.choose-year-from-april-year"), refused.key());
        assertEquals(List.of("2026"), refused.args());
    }

    @Test
    void aFieldRefusalKeepsItsFieldAndAnApostropheWrittenTwiceReadsOnce() {
        InvalidFieldException refused = InvalidFieldException.refused("name", "kernel.merge-fields.enter-letter", "subject");

        assertEquals("name", refused.field());
        assertEquals("Enter the letter's subject", refused.getMessage());
        assertEquals(List.of("subject"), refused.args());
    }

    @Test
    void aDateArgumentReadsAsItsTextAndWordsBuiltInCodeHaveNoKey() {
        assertEquals("2026-02-28 must be today or in the past", InvalidFieldException.refused("day",
                "kernel.recorded-day.must-today-past", LocalDate.of(2026, 2, 28)).getMessage());
        assertEquals(Optional.empty(), new RefusedException("Built in code").key());
    }
}
