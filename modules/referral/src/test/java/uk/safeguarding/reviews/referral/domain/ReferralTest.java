package uk.safeguarding.reviews.referral.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferralTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aDraftKeepsWhatTheReferrerGave() {
        Referral draft = Referral.startDraft(Referral.newId(), List.of("j. s"), LocalDate.of(2026, 11, 20),
                "  Child admitted with injuries.  ", "nm.referrer", NOW);

        assertEquals(ReferralStatus.DRAFT, draft.status());
        assertEquals(List.of("JS"), draft.childInitials());
        assertEquals("Child admitted with injuries.", draft.summary());
        assertEquals("nm.referrer", draft.createdBy());
    }

    @Test
    void anIncidentCannotBeInTheFuture() {
        assertThrows(IllegalArgumentException.class, () -> Referral.startDraft(Referral.newId(), List.of("JS"),
                LocalDate.of(2026, 11, 26), "x", "u", NOW));
    }

    @Test
    void anIncidentOnTheDayItselfIsAccepted() {
        Referral draft = Referral.startDraft(Referral.newId(), List.of("JS"), NOW.toLocalDate(), "x", "u", NOW);
        assertEquals(NOW.toLocalDate(), draft.incidentDate());
    }

    @Test
    void aReferralNeedsAChildAndProperInitials() {
        assertThrows(IllegalArgumentException.class, () -> Referral.startDraft(Referral.newId(), List.of(),
                LocalDate.of(2026, 1, 1), "x", "u", NOW));
        assertThrows(IllegalArgumentException.class, () -> Referral.startDraft(Referral.newId(), List.of("John Smith"),
                LocalDate.of(2026, 1, 1), "x", "u", NOW));
    }

    @Test
    void aSummaryIsRequiredAndBounded() {
        assertThrows(IllegalArgumentException.class, () -> Referral.startDraft(Referral.newId(), List.of("JS"),
                LocalDate.of(2026, 1, 1), "   ", "u", NOW));
        assertThrows(IllegalArgumentException.class, () -> Referral.startDraft(Referral.newId(), List.of("JS"),
                LocalDate.of(2026, 1, 1), "x".repeat(Referral.SUMMARY_MAX + 1), "u", NOW));
    }

    @Test
    void idsMustBeUuids() {
        assertThrows(IllegalArgumentException.class, () -> Referral.startDraft("1 OR 1=1", List.of("JS"),
                LocalDate.of(2026, 1, 1), "x", "u", NOW));
    }
}
