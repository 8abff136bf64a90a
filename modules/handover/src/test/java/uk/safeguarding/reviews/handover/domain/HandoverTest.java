package uk.safeguarding.reviews.handover.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.InvalidFieldException;

/** The life of a handover (§10.2): one answer, a withdrawal only while open, escalation after a decline. */
class HandoverTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-26T10:00:00Z");

    @Test
    void aProposalNeedsAnotherPartnershipAReasonALegalBasisAndWhatIsShared() {
        assertEquals("toPartnership", refused(() -> propose("north", "north")).field());
        assertEquals("toPartnership", refused(() -> propose("north", " ")).field());
        assertEquals("reason", refused(() -> Handover.propose("north", "south", "r1", "REF-2026-0001", "JS", " ",
                "basis", "all", "", "bm", NOW)).field());
        assertEquals("legalBasis", refused(() -> Handover.propose("north", "south", "r1", "REF-2026-0001", "JS",
                "incident there", null, "all", "", "bm", NOW)).field());
        Handover handover = propose("north", "south");
        assertEquals(HandoverStatus.PROPOSED, handover.status());
        assertTrue(handover.isLive());
    }

    @Test
    void itIsAnsweredOnceAndCannotBeWithdrawnAfterwards() {
        Handover handover = propose("north", "south");
        handover.accepted("b", NOW, "copy-1", "REF-2026-0042", null);
        assertFalse(handover.isLive());
        InvalidFieldException again = refused(() -> handover.accepted("b", NOW, "copy-2", "REF-2026-0043", null));
        assertTrue(again.getMessage().contains("already accepted") && again.getMessage().contains("REF-2026-0042"));
        assertThrows(InvalidFieldException.class, () -> handover.withdraw("a", NOW));
        assertThrows(InvalidFieldException.class, () -> handover.decline("b", "no", NOW));
        assertEquals("REF-2026-0042", handover.copyReference());
    }

    @Test
    void aDeclineNeedsItsReasonAndCanGoToTheExecutiveGroupWhoseDecisionIsApplied() {
        Handover handover = propose("north", "south");
        assertEquals("answerReason", refused(() -> handover.decline("b", "", NOW)).field());
        handover.decline("b", "It happened in Northmoor", NOW);
        assertThrows(InvalidFieldException.class, () -> handover.accepted("b", NOW, "c", "REF", null),
                "a declined handover is not accepted without the Executive Group");
        assertEquals("escalationReason", refused(() -> handover.escalate("a", " ", NOW)).field());
        handover.escalate("a", "The hospital is in Southvale", NOW);
        assertTrue(handover.isLive());
        assertEquals("executiveDecision", refused(() -> handover.accepted("b", NOW, "c", "REF", " ")).field());
        handover.accepted("b", NOW, "c", "REF-2026-0007", "Executive Group: the incident happened in Southvale");
        assertEquals(HandoverStatus.ACCEPTED, handover.status());
        assertEquals("Executive Group: the incident happened in Southvale", handover.executiveDecision());
    }

    @Test
    void theExecutiveGroupCanUpholdADeclineAndAWithdrawnOneIsClosed() {
        Handover escalated = propose("north", "south");
        escalated.decline("b", "Not ours", NOW);
        escalated.escalate("a", "We disagree", NOW);
        escalated.executiveUpholdsDecline("It stays in Northmoor", "b", NOW);
        assertEquals(HandoverStatus.DECLINED, escalated.status());
        assertFalse(escalated.isLive());

        Handover withdrawn = propose("north", "south");
        withdrawn.withdraw("a", NOW);
        assertTrue(refused(withdrawn::requireLive).getMessage().contains("withdrawn"));
    }

    private static Handover propose(String from, String to) {
        return Handover.propose(from, to, "r1", "REF-2026-0001", "JS", "The incident happened there",
                "Working Together 2018", "The referral and its files", "forward-to-panel: due", "bm", NOW);
    }

    private static InvalidFieldException refused(Runnable action) {
        return assertThrows(InvalidFieldException.class, action::run);
    }

    private static InvalidFieldException refused(java.util.function.Supplier<?> action) {
        return assertThrows(InvalidFieldException.class, action::get);
    }
}
