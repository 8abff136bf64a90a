package uk.safeguarding.reviews.learning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.reviews.clocks.domain.ClockPeriod;
import uk.safeguarding.reviews.clocks.domain.ClockUnit;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RefusedException;

/** §9: a review's action plan and its actions, from draft to closed. */
class ActionPlanTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final PlanAction.Owner POLICE = new PlanAction.Owner("a1", "Police", "pat", "Pat Police",
            "pat@police.example");

    @Test
    void anActionNamesWhatItAnswersWhatWillBeDoneItsOwnerAndWhatWillChangeEachRefusedBesideItsBox() {
        assertEquals("answers", refused(new PlanAction.Drawn(PlanAction.Source.ADDED, " ", "w", POLICE, null, "o")));
        assertEquals("what", refused(new PlanAction.Drawn(PlanAction.Source.ADDED, "a", null, POLICE, null, "o")));
        assertEquals("agency", refused(new PlanAction.Drawn(PlanAction.Source.ADDED, "a", "w", null, null, "o")));
        assertEquals("owner", refused(new PlanAction.Drawn(PlanAction.Source.ADDED, "a", "w",
                new PlanAction.Owner("a1", "Police", " ", null, null), null, "o")));
        assertEquals("intendedOutcome", refused(new PlanAction.Drawn(PlanAction.Source.ADDED, "a", "w", POLICE, null,
                "")));
        PlanAction action = PlanAction.draw("r", 1, new PlanAction.Drawn(PlanAction.Source.RECOMMENDATION, " Rec 1 ",
                "Share call-outs", POLICE, new ClockPeriod(6, ClockUnit.MONTHS), "Health visitors know"));
        assertEquals("Rec 1", action.answers());
        assertEquals(new ClockPeriod(6, ClockUnit.MONTHS), action.timescale());
        assertNull(PlanAction.draw("r", 2, new PlanAction.Drawn(PlanAction.Source.ADDED, "a", "w", POLICE, null, "o"))
                .timescale(), "no timescale: the partnership's default");
        assertEquals(PlanAction.Status.OPEN, action.status());
    }

    @Test
    void thePlanIsAgreedWithActionsBySomeoneOnADayNotInTheFutureAndThenItsActionsNoLongerChange() {
        ActionPlan plan = ActionPlan.begin("r", "LCR-2026-0001", "bm", NOW);
        assertThrows(RefusedException.class, () -> plan.agree("Review group", TODAY, List.of(), TODAY));
        List<PlanAction> actions = List.of(action(1));
        assertEquals("agreedBy", assertThrows(InvalidFieldException.class, () -> plan.agree(" ", TODAY, actions,
                TODAY)).field());
        assertEquals("agreedOn", assertThrows(InvalidFieldException.class, () -> plan.agree("Review group", null,
                actions, TODAY)).field());
        assertEquals("agreedOn", assertThrows(InvalidFieldException.class, () -> plan.agree("Review group",
                TODAY.plusDays(1), actions, TODAY)).field());
        assertThrows(RefusedException.class, () -> plan.handOver("Mo", TODAY), "\u00a79: agreed, then handed over");
        plan.agree("Review group", TODAY, actions, TODAY);
        assertEquals(ActionPlan.State.AGREED, plan.state());
        RefusedException changed = assertThrows(RefusedException.class, plan::requireDraft);
        assertTrue(changed.getMessage().contains("2 December 2026"), changed.getMessage());
        assertEquals("handedOverTo", assertThrows(InvalidFieldException.class, () -> plan.handOver(" ", TODAY))
                .field());
        plan.handOver("Mo Manager", TODAY);
        plan.progressReported();
        assertEquals(ActionPlan.State.MONITORING, plan.state());
    }

    @Test
    void anActionIsReportedDoneThenVerifiedOrReturnedAndThePlanIsVerifiedOnceEveryActionIsThenClosed() {
        ActionPlan plan = ActionPlan.begin("r", "LCR-2026-0001", "bm", NOW);
        PlanAction first = action(1);
        PlanAction second = action(2);
        plan.agree("Review group", TODAY, List.of(first, second), TODAY);
        assertThrows(RefusedException.class, first::verify, "only a done action is verified");
        assertThrows(RefusedException.class, first::returnToOwner);
        first.progress();
        assertEquals(PlanAction.Status.IN_PROGRESS, first.status());
        first.done();
        assertThrows(RefusedException.class, first::progress, "done waits for verification");
        first.returnToOwner();
        assertEquals(PlanAction.Status.RETURNED, first.status());
        first.done();
        first.verify();
        plan.actionsVerified(List.of(first, second));
        assertEquals(ActionPlan.State.AGREED, plan.state(), "not while one action is open");
        assertThrows(RefusedException.class, () -> plan.close("Done", "bm", NOW));
        second.done();
        second.verify();
        plan.actionsVerified(List.of(first, second));
        assertEquals(ActionPlan.State.VERIFIED, plan.state());
        assertEquals("closingNote", assertThrows(InvalidFieldException.class, () -> plan.close(" ", "bm", NOW))
                .field());
        plan.close("Call-outs reach health visitors within a day", "bm", NOW);
        assertEquals(ActionPlan.State.CLOSED, plan.state());
        assertTrue(!plan.running());
    }

    @Test
    void anUpdateSaysWhatHappenedAndIsNeverEmpty() {
        PlanAction action = action(1);
        InvalidFieldException empty = assertThrows(InvalidFieldException.class, () -> ActionUpdate.record(action,
                ActionUpdate.Kind.PROGRESS, " ", "learning.owner-actions.say-what-happened-since", null, null, "pat", "Pat",
                NOW));
        assertEquals("note", empty.field());
        assertEquals("Say what has happened since the last report", empty.getMessage());
        ActionUpdate update = ActionUpdate.record(action, ActionUpdate.Kind.DONE, " Audited ",
                "learning.owner-actions.say-what-was-done", "audit.pdf", 12,
                "pat", "Pat Police", NOW);
        assertEquals("Audited", update.note());
        assertTrue(update.hasFile());
    }

    private static PlanAction action(int number) {
        return PlanAction.draw("r", number, new PlanAction.Drawn(PlanAction.Source.ADDED, "Finding", "Do it", POLICE,
                null, "It changes"));
    }

    private static String refused(PlanAction.Drawn drawn) {
        return assertThrows(InvalidFieldException.class, () -> PlanAction.draw("r", 1, drawn)).field();
    }
}
