package uk.safeguarding.reviews.referral.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RefusedException;

/** §7.3-7.4: a referral received from outside and keyed in by the business unit; §7.5: counted from its receipt. */
class OutsideReceiptTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 15, 0, 0, 0, ZoneOffset.UTC);
    private static final LocalDate INCIDENT = LocalDate.of(2026, 11, 20);
    private static final OffsetDateTime MONDAY_MORNING = OffsetDateTime.of(2026, 11, 23, 9, 30, 0, 0, ZoneOffset.UTC);

    @Test
    void aReceiptIsTheMomentTheMailboxReceivedItInEnglandsTime() {
        // 1 July: British Summer Time, so 09:30 in England was 08:30 UTC.
        assertEquals(OffsetDateTime.of(2026, 7, 1, 8, 30, 0, 0, ZoneOffset.UTC).toInstant(),
                OutsideReceipt.at(LocalDate.of(2026, 7, 1), LocalTime.of(9, 30)).toInstant());
        assertEquals("receivedOn", refusal(() -> OutsideReceipt.at(null, LocalTime.NOON)).field());
        InvalidFieldException noTime = refusal(() -> OutsideReceipt.at(INCIDENT, null));
        assertEquals("receivedTime", noTime.field());
        assertEquals("Enter the time the business unit received the referral, for example 09:30", noTime.getMessage());
    }

    @Test
    void eachMissingOrImpossiblePartIsRefusedBesideItsField() {
        assertEquals("source", refusal(() -> OutsideReceipt.keyedIn(null, null, OutsideChannel.EMAIL, MONDAY_MORNING,
                INCIDENT, NOW)).field());
        InvalidFieldException unnamed = refusal(() -> OutsideReceipt.keyedIn(OutsideSource.OTHER, "  ",
                OutsideChannel.EMAIL, MONDAY_MORNING, INCIDENT, NOW));
        assertEquals("sourceName", unnamed.field());
        assertEquals("Name the organisation that sent the referral", unnamed.getMessage());
        assertEquals("sourceName", refusal(() -> OutsideReceipt.keyedIn(OutsideSource.OTHER, "x".repeat(201),
                OutsideChannel.EMAIL, MONDAY_MORNING, INCIDENT, NOW)).field());
        assertEquals("channel", refusal(() -> OutsideReceipt.keyedIn(OutsideSource.CORONER, null, null,
                MONDAY_MORNING, INCIDENT, NOW)).field());
        InvalidFieldException future = refusal(() -> OutsideReceipt.keyedIn(OutsideSource.CORONER, null,
                OutsideChannel.EMAIL, NOW.plusMinutes(1), INCIDENT, NOW));
        assertEquals("receivedOn", future.field());
        assertEquals("The date and time received must be now or in the past", future.getMessage());
        InvalidFieldException early = refusal(() -> OutsideReceipt.keyedIn(OutsideSource.CORONER, null,
                OutsideChannel.LETTER, INCIDENT.minusDays(1).atTime(23, 0).atOffset(ZoneOffset.UTC), INCIDENT, NOW));
        assertEquals("receivedOn", early.field());
        assertEquals("The referral cannot have been received before the incident it reports", early.getMessage());
    }

    @Test
    void aNameIsKeptOnlyForSomeoneTheListDoesNotName() {
        assertEquals("Northmoor Hospitals NHS Trust", OutsideReceipt.keyedIn(OutsideSource.OTHER,
                "  Northmoor Hospitals NHS Trust ", OutsideChannel.EMAIL, MONDAY_MORNING, INCIDENT, NOW).sourceName());
        assertNull(OutsideReceipt.keyedIn(OutsideSource.CORONER, "HM Coroner", OutsideChannel.EMAIL, MONDAY_MORNING,
                INCIDENT, NOW).sourceName(), "the Coroner is named by the list");
        assertEquals(NOW, OutsideReceipt.keyedIn(OutsideSource.CORONER, null, OutsideChannel.TELEPHONE, NOW, INCIDENT,
                NOW).receivedAt(), "received this very moment is allowed");
    }

    @Test
    void aKeyedInReferralIsReceivedWhenTheMailboxReceivedItAndReSubmissionsWhenMade() {
        Referral keyed = Referral.keyIn(Referral.newId(), ReferralKind.PRACTICE_REVIEW, List.of("JS"), INCIDENT,
                "Child admitted with injuries", new OutsideReceipt(OutsideSource.CORONER, null, OutsideChannel.EMAIL,
                        MONDAY_MORNING), "nm.manager", NOW);
        assertEquals("nm.manager", keyed.createdBy(), "the business manager completes it in the sender's place");
        assertEquals(OutsideSource.CORONER, keyed.outsideReceipt().orElseThrow().source());
        assertEquals(MONDAY_MORNING, keyed.receivedWhenSubmitted(NOW), "\u00a77.5: 24 hours from receipt");

        keyed.submit("REF-2026-0001", 1, "nm.manager", keyed.receivedWhenSubmitted(NOW));
        assertEquals(MONDAY_MORNING, keyed.submittedAt());
        assertEquals(NOW.plusDays(1), keyed.receivedWhenSubmitted(NOW.plusDays(1)),
                "a re-submission after a return is received when it is made");
    }

    @Test
    void aReferralMadeInTheProductIsReceivedWhenSubmittedAndHasNoOutsideReceipt() {
        Referral made = Referral.startDraft(Referral.newId(), List.of("JS"), INCIDENT, "x", "nm.referrer", NOW);
        assertTrue(made.outsideReceipt().isEmpty());
        assertEquals(NOW, made.receivedWhenSubmitted(NOW));
    }

    @Test
    void aKeyedInReferralIsNotSentToAnAgencyVerifierOnThisService() {
        Referral keyed = Referral.keyIn(Referral.newId(), ReferralKind.PRACTICE_REVIEW, List.of("JS"), INCIDENT, "x",
                new OutsideReceipt(OutsideSource.PARTNER_AGENCY, null, OutsideChannel.EMAIL, MONDAY_MORNING),
                "nm.manager", NOW);
        RefusedException refused = assertThrows(RefusedException.class, () -> keyed.sendForVerification("nm.manager",
                null, "nm.verifier", NOW));
        assertTrue(refused.getMessage().contains("\u00a77.3"), refused.getMessage());
        assertEquals(ReferralStatus.DRAFT, keyed.status());
    }

    @Test
    void aKeyedInReferralIsTheBusinessUnitsToCompleteWhileAReferrersIsTheirsAlone() {
        Referral keyed = Referral.keyIn(Referral.newId(), ReferralKind.PRACTICE_REVIEW, List.of("JS"), INCIDENT, "x",
                new OutsideReceipt(OutsideSource.CORONER, null, OutsideChannel.EMAIL, MONDAY_MORNING), "nm.manager", NOW);
        keyed.revise(List.of("JS"), INCIDENT, "Corrected by a colleague", "nm.manager.two", NOW);
        assertEquals("Corrected by a colleague", keyed.summary());

        Referral made = Referral.startDraft(Referral.newId(), List.of("JS"), INCIDENT, "x", "nm.referrer", NOW);
        assertThrows(RefusedException.class, () -> made.revise(List.of("JS"), INCIDENT, "Not theirs", "nm.other", NOW));
        assertEquals("x", made.summary());
    }

    private static InvalidFieldException refusal(org.junit.jupiter.api.function.Executable keyedIn) {
        return assertThrows(InvalidFieldException.class, keyedIn);
    }
}
