package uk.safeguarding.reviews.linking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Possible links (issue 6): the same person gives the same keyed fingerprint, whoever spelt the name. */
class SubjectFingerprintTest {

    private static final String KEY = "a-test-key-that-is-long-enough-for-hmac-use";
    private static final LocalDate BORN = LocalDate.of(2009, 6, 9);
    private final SubjectFingerprint fingerprints = new SubjectFingerprint(KEY);

    @Test
    void caseAccentsPunctuationSpacingAndMiddleNamesDoNotChangeTheFingerprint() {
        String plain = fingerprints.of("Jayden O'Neil-Smith", BORN).orElseThrow();
        for (String spelling : new String[] {"JAYDEN O\u2019NEIL-SMITH", "  jayden   oneilsmith ", "Jayden Lee O'Neil-Smith",
                "Jáyden O'Neil-Smith", "Jayden O.Neil-Smith"}) {
            assertEquals(plain, fingerprints.of(spelling, BORN).orElseThrow(), spelling);
        }
    }

    @Test
    void anotherBirthdayOrSurnameOrKeyGivesAnotherFingerprint() {
        String plain = fingerprints.of("Jayden O'Neil-Smith", BORN).orElseThrow();
        assertNotEquals(plain, fingerprints.of("Jayden O'Neil-Smith", BORN.plusDays(1)).orElseThrow());
        assertNotEquals(plain, fingerprints.of("Jayden Smith", BORN).orElseThrow());
        assertNotEquals(plain, new SubjectFingerprint(KEY + "x").of("Jayden O'Neil-Smith", BORN).orElseThrow(),
                "without the key a fingerprint cannot be recomputed from a guess");
    }

    @Test
    void aFingerprintIsHexAndHoldsNothingOfTheName() {
        String print = fingerprints.of("Jayden O'Neil-Smith", BORN).orElseThrow();
        assertTrue(print.matches("[0-9a-f]{64}"), print);
        assertFalse(print.contains("jayden") || print.contains("2009"));
    }

    @Test
    void withoutADateOfBirthOrASurnameThereIsNothingToMatchOn() {
        assertEquals(Optional.empty(), fingerprints.of("Jayden O'Neil-Smith", null));
        assertEquals(Optional.empty(), fingerprints.of("Jayden", BORN));
        assertEquals(Optional.empty(), fingerprints.of("  ", BORN));
        assertEquals(Optional.empty(), fingerprints.of(null, BORN));
    }

    @Test
    void aShortKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SubjectFingerprint("short"));
        assertThrows(IllegalArgumentException.class, () -> new SubjectFingerprint(null));
    }

    @Test
    void theNormalisedNameIsFirstAndLastNameOnly() {
        assertEquals(Optional.of("jayden oneilsmith"), SubjectFingerprint.normalisedName("Jayden Lee O'Neil-Smith"));
        assertEquals(Optional.of("zoe bronte"), SubjectFingerprint.normalisedName("Zoë Brontë"));
    }
}
