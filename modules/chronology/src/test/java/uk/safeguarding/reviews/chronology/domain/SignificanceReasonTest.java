package uk.safeguarding.reviews.chronology.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The six questions of §7.8, named in import files by a code or a label. */
class SignificanceReasonTest {

    @Test
    void thereAreTheSixQuestionsOfSection78() {
        assertEquals(6, SignificanceReason.values().length);
        assertTrue(SignificanceReason.STATUTORY_EVENT.question().contains("child protection conference, court hearing"));
        assertEquals(6, Arrays.stream(SignificanceReason.values()).map(SignificanceReason::code).collect(Collectors.toSet()).size());
    }

    @Test
    void codesAreStableBecauseAgenciesFilesKeepThem() {
        assertEquals(Set.of("changed-assessment", "pattern", "statutory-event", "child-perceived", "adult-perceived",
                "learning-point"), Arrays.stream(SignificanceReason.values()).map(SignificanceReason::code).collect(Collectors.toSet()));
    }

    @Test
    void aReasonIsFoundByCodeOrLabelIgnoringCaseAndSpaces() {
        assertEquals(Optional.of(SignificanceReason.CHANGED_ASSESSMENT), SignificanceReason.fromText(" Changed-Assessment "));
        assertEquals(Optional.of(SignificanceReason.LEARNING_POINT), SignificanceReason.fromText("a learning point for agencies"));
        assertEquals(Optional.of(SignificanceReason.STATUTORY_EVENT),
                SignificanceReason.fromText("A statutory event (conference, court hearing)"));
        assertEquals(Optional.empty(), SignificanceReason.fromText("important"));
        assertEquals(Optional.empty(), SignificanceReason.fromText(null));
    }
}
