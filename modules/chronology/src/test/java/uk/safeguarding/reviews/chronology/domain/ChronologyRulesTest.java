package uk.safeguarding.reviews.chronology.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.safeguarding.reviews.chronology.domain.Events.BIRTH;
import static uk.safeguarding.reviews.chronology.domain.Events.LIMITS;
import static uk.safeguarding.reviews.chronology.domain.Events.valid;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** §7.8: an event is dated no later than the review allows, says what happened, and why it is significant. */
class ChronologyRulesTest {

    @Test
    void aCompleteEntryPasses() {
        assertEquals(List.of(), ChronologyRules.check(valid(), LIMITS));
    }

    @Test
    void theDateIsRequired() {
        assertEquals(List.of(new EntryProblem("Date", "Enter the date of the event")),
                ChronologyRules.check(dated(null), LIMITS));
    }

    @Test
    void anEventBeforeTheChildWasBornIsKeptAndKnownToBeBeforeTheBirth() {
        // Issue 15: in an infant's review the pregnancy and the parents' history come before the birth.
        assertEquals(List.of(), ChronologyRules.check(dated(LocalDate.of(2015, 2, 1)), LIMITS));
        assertTrue(LIMITS.beforeBirth(LocalDate.of(2015, 2, 1)));
        assertFalse(LIMITS.beforeBirth(BIRTH), "the day of birth itself is not before it");
        assertFalse(ChronologyLimits.untilToday(null, LocalDate.of(2026, 1, 1)).beforeBirth(LocalDate.of(1990, 1, 1)),
                "without a date of birth nothing is marked");
    }

    @Test
    void withoutADateOfBirthOnlyTheLatestDateLimits() {
        assertEquals(List.of(), ChronologyRules.check(dated(LocalDate.of(1990, 1, 1)),
                ChronologyLimits.untilToday(null, LocalDate.of(2026, 1, 1))));
    }

    @Test
    void anEventCannotBeAfterTheMeetingOrToday() {
        assertEquals(List.of(new EntryProblem("Date", "The event is dated 02/06/2026, after the meeting date (01/06/2026)")),
                ChronologyRules.check(dated(LocalDate.of(2026, 6, 2)), LIMITS));
        assertEquals(List.of(new EntryProblem("Date", "The event is dated 02/06/2026, after today (01/06/2026)")),
                ChronologyRules.check(dated(LocalDate.of(2026, 6, 2)), ChronologyLimits.untilToday(BIRTH, LocalDate.of(2026, 6, 1))));
        assertEquals(List.of(), ChronologyRules.check(dated(LocalDate.of(2026, 6, 1)), LIMITS), "the meeting day itself is allowed");
    }

    @Test
    void whatHappenedIsRequired() {
        ChronologyEntry blank = valid().withTexts(text -> text.equals(valid().whatHappened()) ? "  " : text);
        assertEquals(List.of(new EntryProblem("What happened", "Say what happened")), ChronologyRules.check(blank, LIMITS));
    }

    @Test
    void atLeastOneReasonOfSection78IsRequired() {
        ChronologyEntry e = valid();
        ChronologyEntry noReason = new ChronologyEntry(e.id(), e.agencyId(), e.agencyName(), e.date(), e.time(),
                e.whatHappened(), e.whoWasInvolved(), e.riskPresented(), e.agencyResponse(), e.impactOnChild(),
                e.multiAgencyConsiderations(), e.learning(), Set.of());
        assertEquals(List.of(new EntryProblem("Why significant", "Say why the event is significant (§7.8)")),
                ChronologyRules.check(noReason, LIMITS));
    }

    @Test
    void eachTextFieldHoldsAtMost4000CharactersAndTheProblemSaysWhich() {
        String limit = "x".repeat(ChronologyRules.MAX_TEXT_LENGTH);
        ChronologyEntry atLimit = valid().withTexts(text -> limit);
        assertEquals(List.of(), ChronologyRules.check(atLimit, LIMITS));

        ChronologyEntry e = valid();
        ChronologyEntry longLearning = new ChronologyEntry(e.id(), e.agencyId(), e.agencyName(), e.date(), e.time(),
                e.whatHappened(), e.whoWasInvolved(), limit + "!", e.agencyResponse(), e.impactOnChild(),
                e.multiAgencyConsiderations(), limit + "y", e.significance());
        assertEquals(List.of(
                        new EntryProblem("Risk presented", "Risk presented is 4001 characters long; it can be at most 4000"),
                        new EntryProblem("Learning", "Learning is 4001 characters long; it can be at most 4000")),
                ChronologyRules.check(longLearning, LIMITS));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ChronologyEntry empty = new ChronologyEntry("e", "a", "Agency", null, null, null, null, null, null, null, null,
                null, null);
        assertEquals(List.of("Date", "What happened", "Why significant"),
                ChronologyRules.check(empty, LIMITS).stream().map(EntryProblem::field).toList());
    }

    @Test
    void limitsMustSayWhatTheLatestDateIsAndBeInOrder() {
        assertThrows(IllegalArgumentException.class, () -> new ChronologyLimits(null, LocalDate.of(2026, 1, 1), " "));
        assertThrows(IllegalArgumentException.class,
                () -> ChronologyLimits.untilMeeting(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)));
    }

    @Test
    void anEntryKeepsItsOwnCopyOfTheReasons() {
        Set<SignificanceReason> reasons = new HashSet<>(Set.of(SignificanceReason.PATTERN));
        ChronologyEntry entry = new ChronologyEntry("e", "a", "Agency", BIRTH, null, "x", null, null, null, null, null,
                null, reasons);
        reasons.add(SignificanceReason.LEARNING_POINT);
        assertEquals(Set.of(SignificanceReason.PATTERN), entry.significance());
        assertThrows(UnsupportedOperationException.class, () -> entry.significance().add(SignificanceReason.PATTERN));
    }

    private static ChronologyEntry dated(LocalDate date) {
        ChronologyEntry e = valid();
        return new ChronologyEntry(e.id(), e.agencyId(), e.agencyName(), date, e.time(), e.whatHappened(),
                e.whoWasInvolved(), e.riskPresented(), e.agencyResponse(), e.impactOnChild(),
                e.multiAgencyConsiderations(), e.learning(), e.significance());
    }
}
