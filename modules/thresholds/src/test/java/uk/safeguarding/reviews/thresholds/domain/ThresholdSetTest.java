package uk.safeguarding.reviews.thresholds.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.thresholds.domain.ThresholdSet.Thresholds;

class ThresholdSetTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-26T10:00:00Z");

    @Test
    void versionOneIsThePolicys() {
        Thresholds first = ThresholdSet.initial(LocalDate.of(2026, 11, 26), NOW).thresholds();

        assertEquals(Set.copyOf(ReviewKind.decidedOnReferrals()), first.kinds());
        assertEquals(new PanelRule(2, 4, TieRule.CHAIR_DECIDES), first.panel(), "§7.5: two make a quorum; §10.1: a panel of four");
        assertEquals(List.of("Local Authority", "Police", "Health (ICB)"), first.statutoryPartners(), "§7.12");
        assertEquals(3, first.questionsFor(ReviewKind.RAPID_REVIEW).size());
        assertEquals("§5.2: s16C(1) Children Act 2004", first.questionsFor(ReviewKind.RAPID_REVIEW).get(0).policyReference());
    }

    @Test
    void aQuorumLargerThanThePanelIsRefused() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> new PanelRule(4, 3, TieRule.CHAIR_DECIDES));
        assertEquals("A quorum of 4 is larger than the panel of 3: the panel could never decide", refused.getMessage());
        assertEquals("quorum", refused.field());
        assertEquals("quorum", assertThrows(InvalidFieldException.class,
                () -> new PanelRule(0, 3, TieRule.CHAIR_DECIDES)).field());
        assertEquals("tieRule", assertThrows(InvalidFieldException.class, () -> new PanelRule(2, 3, null),
                "the tie rule is always explicit").field());
    }

    @Test
    void everyKindRunNeedsAQuestionAndQuestionsOfKindsNotRunAreDropped() {
        List<CriteriaQuestion> onlyRapid = List.of(new CriteriaQuestion(ReviewKind.RAPID_REVIEW, "Died or harmed?", ""),
                new CriteriaQuestion(ReviewKind.GOOD_OUTCOME_REVIEW, "Exceptional?", ""));

        assertThrows(IllegalArgumentException.class, () -> new Thresholds(Set.of(ReviewKind.RAPID_REVIEW,
                ReviewKind.LOCAL_CASE_REVIEW), onlyRapid, PolicyThresholds.PANEL, List.of("Police")));
        Thresholds rapidOnly = new Thresholds(Set.of(ReviewKind.RAPID_REVIEW), onlyRapid, PolicyThresholds.PANEL,
                List.of("Police"));
        assertEquals(1, rapidOnly.questions().size());
        assertThrows(IllegalArgumentException.class, () -> new Thresholds(Set.of(), onlyRapid, PolicyThresholds.PANEL,
                List.of("Police")));
    }

    @Test
    void statutoryPartnersAreNamedOnceEach() {
        List<CriteriaQuestion> q = PolicyThresholds.QUESTIONS;
        Set<ReviewKind> all = Set.copyOf(ReviewKind.decidedOnReferrals());

        assertThrows(IllegalArgumentException.class, () -> new Thresholds(all, q, PolicyThresholds.PANEL, List.of(" ")));
        assertThrows(IllegalArgumentException.class, () -> new Thresholds(all, q, PolicyThresholds.PANEL,
                List.of("Police", "police")));
        assertEquals(List.of("Police", "ICB"), new Thresholds(all, q, PolicyThresholds.PANEL,
                List.of(" Police ", "", "ICB")).statutoryPartners());
    }

    @Test
    void aChangeIsTheNextVersionAndCannotTakeEffectBeforeTheCurrentOne() {
        ThresholdSet first = ThresholdSet.initial(LocalDate.of(2026, 11, 26), NOW);
        Thresholds changed = new Thresholds(first.thresholds().kinds(), first.thresholds().questions(),
                new PanelRule(3, 6, TieRule.AWAIT_ANOTHER_VOTE), first.thresholds().statutoryPartners(), false, List.of());

        ThresholdSet second = first.publishChange(changed, LocalDate.of(2027, 4, 1), "New financial year", "nm.manager",
                NOW);

        assertEquals(2, second.version());
        assertEquals(TieRule.AWAIT_ANOTHER_VOTE, second.thresholds().panel().tieRule());
        assertEquals(TieRule.CHAIR_DECIDES, first.thresholds().panel().tieRule(), "version 1 is unchanged");
        assertTrue(first.thresholds().equalityConsiderationRequired(), "issue 14 \u00a74 item 6: required as shipped");
        assertFalse(second.thresholds().equalityConsiderationRequired(), "and a partnership may turn it off");
        assertThrows(IllegalArgumentException.class,
                () -> second.publishChange(changed, LocalDate.of(2027, 3, 31), "earlier", "nm.manager", NOW));
    }

    @Test
    void aListedPanelIsAsLargeAsItsListAndListsEachMemberOnce() {
        // §10.1: the panel is a configured list of people; the shipped panel is four.
        assertEquals(4, PolicyThresholds.PANEL.panelSize());
        Thresholds shipped = ThresholdSet.initial(LocalDate.of(2026, 1, 1), NOW).thresholds();
        Thresholds listed = new Thresholds(shipped.kinds(), shipped.questions(), shipped.panel(),
                shipped.statutoryPartners(), true, List.of(" ia ", "prsg.chair", "deputy", "bm", "extra"));
        assertEquals(5, listed.panel().panelSize(), "the list decides the size");
        assertEquals(List.of("ia", "prsg.chair", "deputy", "bm", "extra"), listed.panelMembers());
        assertTrue(listed.listsPanelMember("BM"), "sign-in names match whatever their case");
        assertFalse(listed.listsPanelMember("someone"));
        assertThrows(IllegalArgumentException.class, () -> new Thresholds(shipped.kinds(), shipped.questions(),
                shipped.panel(), shipped.statutoryPartners(), true, List.of("bm", "BM")), "each member once");
        assertThrows(IllegalArgumentException.class, () -> new Thresholds(shipped.kinds(), shipped.questions(),
                new PanelRule(3, 4, TieRule.CHAIR_DECIDES), shipped.statutoryPartners(), true, List.of("a", "b")),
                "a quorum of 3 from a listed panel of 2 could never decide");
    }
}
