package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.reviews.web.it.TestTenants.as;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguarding.reviews.agencies.application.AgencyView;
import uk.safeguarding.reviews.agencies.domain.AgencyKind;
import uk.safeguarding.reviews.audit.AuditOutcome;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.application.ClockLine;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.clocks.application.PartnershipTimescales;
import uk.safeguarding.reviews.clocks.domain.ClockUnit;
import uk.safeguarding.reviews.clocks.domain.RunningClock;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.ProductClock;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.learning.application.ActionForm;
import uk.safeguarding.reviews.learning.application.ActionPlanDocuments;
import uk.safeguarding.reviews.learning.application.ActionPlanView;
import uk.safeguarding.reviews.learning.application.ActionPlans;
import uk.safeguarding.reviews.learning.application.ActionReportForm;
import uk.safeguarding.reviews.learning.application.OwnerAction;
import uk.safeguarding.reviews.learning.application.OwnerActions;
import uk.safeguarding.reviews.learning.application.RotaForm;
import uk.safeguarding.reviews.learning.application.RotaView;
import uk.safeguarding.reviews.practicereview.application.LearningReports;
import uk.safeguarding.reviews.practicereview.application.ReportForm;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;

/**
 * Issue 17, §9, Document 13, against PostgreSQL: a review's action plan drawn up from the agreed
 * report's recommendations or added, each action with an owner in an agency and a timescale the clock
 * engine counts from the plan's agreement; the owner reports progress and, with evidence, done; the
 * business unit returns one with a reason (a new period from the engine) and verifies it; the plan is
 * verified and closed; Document 13 as Word, PDF and a spreadsheet. Another agency's contact and
 * another partnership find nothing, and the attempts are audited.
 */
@ExtendWith(ArquillianExtension.class)
class ActionPlanIT {

    private static final Clock CLOCK = ProductClock.configured();

    private static final Caller MANAGER = new Caller("plan.manager", "Mo Manager", Set.of(Role.BUSINESS_MANAGER));
    private static final Caller POLICE = new Caller("plan.police", "Pat Police", Set.of(Role.AGENCY_CONTRIBUTOR));
    private static final Caller SCHOOL = new Caller("plan.school", "Sam School", Set.of(Role.AGENCY_CONTRIBUTOR));
    private static final Caller REVIEWER = new Caller("plan.reviewer", "Rae Reviewer", Set.of(Role.REVIEWER));

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithMailCatcher();
    }

    @Inject
    private TestTenants tenants;

    @Inject
    private CaseFixtures cases;

    @Inject
    private LearningReports learning;

    @Inject
    private ActionPlans plans;

    @Inject
    private OwnerActions owners;

    @Inject
    private ActionPlanDocuments documents;

    @Inject
    private uk.safeguarding.reviews.learning.application.Verifications verifications;

    @Inject
    private uk.safeguarding.reviews.learning.application.VerificationRotas rotas;

    @Inject
    private ClockService clocks;

    @Inject
    private PartnershipTimescales timescales;

    @Inject
    private AuditTrail audit;

    @Inject
    private uk.safeguarding.reviews.web.home.WorkList work;

    @Inject
    private jakarta.transaction.UserTransaction tx;

    @Test
    void theAgreedRecommendationsBecomeActionsThatTheirOwnersReportOnAndTheBusinessUnitVerifies() throws Exception {
        MailCatcher.running();
        ActiveTenant partnership = tenants.provision("it-plan");
        LocalDate today = LocalDate.now(CLOCK.withZone(ProductClock.UK));
        AgencyView police = cases.agency(partnership, MANAGER, "Police agency", AgencyKind.POLICE, "Police",
                "plan.police");
        AgencyView school = cases.agency(partnership, MANAGER, "School", AgencyKind.EDUCATION, null, "plan.school");
        String review = cases.localCaseReviewOf(partnership, MANAGER, cases.submittedReferral(partnership, null, null));
        cases.openedDaysAgo(partnership, review, 30);
        as(partnership, MANAGER, () -> learning.agree(review, report(today.minusDays(10))));

        // Drawn up from the report's recommendations, or added; each refusal beside its field.
        ActionPlanView empty = as(partnership, MANAGER, () -> plans.of(review));
        assertEquals("DRAFT", empty.state());
        assertEquals(List.of("R1", "R2"), empty.sources().stream().map(ActionPlanView.Option::key).toList());
        assertTrue(empty.mayDraw() && !empty.mayAgree());
        ActionForm agreement = new ActionForm();
        agreement.setAgreedBy("The review group");
        agreement.setAgreedOn(today);
        assertThrows(RefusedException.class, () -> as(partnership, MANAGER, () -> plans.agree(review, agreement)),
                "a plan without actions is not agreed");
        ActionForm first = as(partnership, MANAGER, () -> plans.startFrom(review, "R1"));
        assertEquals("Share police call-outs with health visitors", first.getWhat());
        assertTrue(first.getAnswers().startsWith("Recommendation 1"), first.getAnswers());
        assertEquals("owner", refusedField(() -> as(partnership, MANAGER, () -> plans.draw(review, first))));
        first.setOwner(police.id() + ":plan.police");
        first.setIntendedOutcome(" ");
        assertEquals("intendedOutcome", refusedField(() -> as(partnership, MANAGER, () -> plans.draw(review, first))));
        first.setIntendedOutcome("Health visitors know of every call-out within a day");
        first.setTimescaleAmount(30);
        assertEquals("timescaleAmount", refusedField(() -> as(partnership, MANAGER, () -> plans.draw(review, first))),
                "a number without its unit");
        first.setTimescaleUnit(ClockUnit.WORKING_DAYS);
        assertThrows(AccessDeniedException.class, () -> as(partnership, REVIEWER, () -> plans.draw(review, first)),
                "the business unit draws up the plan");
        assertThrows(RecordNotFoundException.class, () -> as(partnership, REVIEWER, () -> plans.of(review)),
                "a reviewer not named on the review finds nothing of it");
        as(partnership, MANAGER, () -> plans.draw(review, first));
        ActionForm second = new ActionForm();
        second.setAnswers("The finding: the school did not know of the call-outs");
        second.setWhat("Brief every designated safeguarding lead on the call-out notice");
        second.setOwner(school.id() + ":plan.school");
        second.setIntendedOutcome("Every school's lead knows the notice by the end of term");
        ActionPlanView drawn = as(partnership, MANAGER, () -> plans.draw(review, second));
        assertEquals(List.of("RECOMMENDATION", "ADDED"), drawn.actions().stream().map(ActionPlanView.Line::source)
                .toList());

        // Agreed: each action's clock starts, counted by the engine; the owners are told; nothing changes now.
        agreement.setAgreedBy(" ");
        assertEquals("agreedBy", refusedField(() -> as(partnership, MANAGER, () -> plans.agree(review, agreement))));
        agreement.setAgreedBy("The review group");
        agreement.setAgreedOn(today.plusDays(1));
        assertEquals("agreedOn", refusedField(() -> as(partnership, MANAGER, () -> plans.agree(review, agreement))));
        agreement.setAgreedOn(today);
        ActionPlanView agreed = as(partnership, MANAGER, () -> plans.agree(review, agreement));
        assertEquals("AGREED", agreed.state());
        LocalDate thirtyWorkingDays = workingDaysFrom(partnership, today, 30);
        assertEquals(thirtyWorkingDays, agreed.actions().get(0).dueOn(), "the timescale chosen for it");
        assertEquals(as(partnership, MANAGER, () -> clocks.dueDay("plan-action", today)),
                agreed.actions().get(1).dueOn(), "the partnership's default: 3 months");
        String policeAction = agreed.actions().get(0).id();
        String schoolAction = agreed.actions().get(1).id();
        ClockLine clock = as(partnership, MANAGER, () -> clocks.ofSubject("plan-action", policeAction)).get(0);
        assertEquals(thirtyWorkingDays, clock.dueDay());
        assertEquals("plan.police", clock.ownerName(), "its owner is reminded");
        assertThrows(RefusedException.class, () -> as(partnership, MANAGER, () -> plans.draw(review, second)),
                "an agreed plan's actions no longer change");
        assertTrue(MailCatcher.awaitSubject("plan.police@it-plan.example", "An action for you in the plan of")
                .isPresent());

        // The owner's view: their agency's actions, nothing else; another agency finds nothing (audited).
        List<OwnerAction> policeActions = as(partnership, POLICE, () -> owners.mine(10));
        assertEquals(List.of(policeAction), policeActions.stream().map(a -> a.action().id()).toList());
        assertTrue(as(partnership, POLICE, () -> work.of(POLICE)).stream().anyMatch(t -> t.action().equals(
                "Report on action 1 (Police agency)") && t.dueBy() != null
                && t.dueBy().toLocalDate().equals(thirtyWorkingDays)), "in the owner's work list, due with its clock");
        assertThrows(RecordNotFoundException.class, () -> as(partnership, SCHOOL, () -> owners.action(policeAction)));
        assertTrue(as(partnership, MANAGER, () -> audit.historyOf("plan-action", policeAction)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED));

        ActionForm handOver = new ActionForm();
        assertEquals("handedOverTo", refusedField(() -> as(partnership, MANAGER, () -> plans.handOver(review,
                handOver))));
        handOver.setHandedOverTo("Mo Manager, business unit");
        assertEquals("HANDED_OVER", as(partnership, MANAGER, () -> plans.handOver(review, handOver)).state());

        ActionReportForm progress = new ActionReportForm();
        assertEquals("note", refusedField(() -> as(partnership, POLICE, () -> owners.report(policeAction, progress))));
        progress.setNote("Call-out notices drafted with the health visiting service");
        as(partnership, POLICE, () -> owners.report(policeAction, progress));
        assertEquals("MONITORING", as(partnership, MANAGER, () -> plans.of(review)).state());
        ActionReportForm done = new ActionReportForm();
        done.setDone(true);
        done.setNote("Every call-out since 1st of the month was shared within a day");
        assertEquals("file", refusedField(() -> as(partnership, POLICE, () -> owners.report(policeAction, done))),
                "done needs its evidence");
        done.attachFile("run.exe", "MZ".getBytes(StandardCharsets.UTF_8));
        assertEquals("file", refusedField(() -> as(partnership, POLICE, () -> owners.report(policeAction, done))));
        done.attachFile("C:\\audit\\call-out audit.pdf", "%PDF-1.4 audit".getBytes(StandardCharsets.UTF_8));
        OwnerAction reported = as(partnership, POLICE, () -> owners.report(policeAction, done));
        assertEquals("DONE", reported.action().status());
        assertFalse(reported.mayReport());
        assertEquals(RunningClock.State.MET, as(partnership, MANAGER, () -> clocks.ofSubject("plan-action",
                policeAction)).get(0).state(), "done meets the action's clock");
        assertTrue(as(partnership, MANAGER, () -> work.of(MANAGER)).stream().anyMatch(t -> t.action().equals(
                "Verify action 1 (Police agency)")), "the business unit's task");
        String evidenceId = reported.action().history().get(1).id();
        assertEquals("call-out audit.pdf", reported.action().history().get(1).fileName());
        assertEquals("%PDF-1.4 audit", new String(as(partnership, MANAGER, () -> owners.evidence(evidenceId))
                .content(), StandardCharsets.UTF_8));
        assertThrows(RecordNotFoundException.class, () -> as(partnership, SCHOOL, () -> owners.evidence(evidenceId)));

        // Returned with the reason: a new period from the engine; reported again and verified.
        assertEquals("note", refusedField(() -> as(partnership, MANAGER, () -> plans.returnToOwner(review,
                policeAction, " "))));
        as(partnership, MANAGER, () -> plans.returnToOwner(review, policeAction,
                "The audit covers one team only: include the night shift"));
        List<ClockLine> both = as(partnership, MANAGER, () -> clocks.ofSubject("plan-action", policeAction));
        assertTrue(both.stream().anyMatch(c -> c.ruleKey().equals("returned-action")
                && c.state() == RunningClock.State.RUNNING && c.dueDay().equals(workingDaysFrom(partnership, today,
                        20))), both.toString());
        assertTrue(MailCatcher.awaitSubject("plan.police@it-plan.example", "Your action in the plan of").isPresent());
        assertTrue(as(partnership, POLICE, () -> work.of(POLICE)).stream().anyMatch(t -> t.action().equals(
                "Report again on action 1 (Police agency)")));
        ActionReportForm again = new ActionReportForm();
        again.setDone(true);
        again.setNote("The night shift's call-outs are shared too: see the audit attached before");
        as(partnership, POLICE, () -> owners.report(policeAction, again));
        as(partnership, MANAGER, () -> plans.verify(review, policeAction, "Audit seen: all shifts share within a day"));
        ActionReportForm schoolDone = new ActionReportForm();
        schoolDone.setDone(true);
        schoolDone.setNote("All 14 leads briefed");
        schoolDone.attachFile("briefing register.xlsx", new byte[] {1, 2, 3});
        as(partnership, SCHOOL, () -> owners.report(schoolAction, schoolDone));
        ActionForm closing = new ActionForm();
        assertThrows(RefusedException.class, () -> as(partnership, MANAGER, () -> plans.close(review, closing)),
                "not before every action is verified");
        ActionPlanView verified = as(partnership, MANAGER, () -> plans.verify(review, schoolAction,
                "Register seen"));
        assertEquals("VERIFIED", verified.state());
        assertEquals("closingNote", refusedField(() -> as(partnership, MANAGER, () -> plans.close(review, closing))));
        closing.setNote("Call-outs now reach health visitors and schools within a day");
        assertEquals("CLOSED", as(partnership, MANAGER, () -> plans.close(review, closing)).state());

        // Document 13 in three formats.
        String sheet = ExportedFiles.zipText(as(partnership, MANAGER, () -> documents.document(review,
                ActionPlanDocuments.Format.XLSX)).content(), "xl/sharedStrings.xml");
        assertTrue(sheet.contains("Share police call-outs with health visitors") && sheet.contains("Verified"), sheet);
        String word = ExportedFiles.zipText(as(partnership, MANAGER, () -> documents.document(review,
                ActionPlanDocuments.Format.DOCX)).content(), "word/document.xml");
        assertTrue(word.contains("Brief every designated safeguarding lead"), word);
        assertTrue(new String(as(partnership, MANAGER, () -> documents.document(review,
                ActionPlanDocuments.Format.PDF)).content(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));

        // Another partnership finds nothing of it, and the attempts are audited there.
        ActiveTenant neighbour = tenants.provision("it-plan-other");
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER, () -> plans.of(review)));
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, POLICE, () -> owners.action(policeAction)));
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER, () -> owners.evidence(evidenceId)));
        assertTrue(as(neighbour, MANAGER, () -> audit.historyOf("action-plan", review)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED));
        assertTrue(as(partnership, MANAGER, () -> audit.historyOf("action-plan", review)).stream()
                .filter(e -> e.outcome() == AuditOutcome.ALLOWED).count() >= 8, "every step on the trail");
    }

    /**
     * §10.1: an action reported done goes to the next scrutineer on the partnership's rota, never one
     * from the agency that owns it; they see that action and its evidence, nothing else, and verify it
     * or return it; with no one independent on the rota, the business unit verifies.
     */
    @Test
    void scrutineersOnTheRotaVerifyInTurnNeverTheirOwnAgencysAction() throws Exception {
        ActiveTenant partnership = tenants.provision("it-rota");
        LocalDate today = LocalDate.now(CLOCK.withZone(ProductClock.UK));
        AgencyView police = cases.agency(partnership, MANAGER, "Police agency", AgencyKind.POLICE, "Police",
                "plan.police");
        AgencyView school = cases.agency(partnership, MANAGER, "School", AgencyKind.EDUCATION, null, "plan.school");
        Caller policeScrutineer = new Caller("rota.police", "Priya Police", Set.of(Role.STATUTORY_PARTNER));
        Caller lay = new Caller("rota.lay", "Lou Lay", Set.of(Role.STATUTORY_PARTNER));
        assertEquals("username", refusedField(() -> as(partnership, MANAGER, () -> rotas.add(rotaMember("rota police",
                "Priya Police", null)))));
        assertThrows(AccessDeniedException.class, () -> as(partnership, lay, () -> rotas.add(rotaMember("rota.lay",
                "Lou Lay", null))), "the business manager keeps the rota");
        as(partnership, MANAGER, () -> rotas.add(rotaMember("rota.police", "Priya Police", police.id())));
        RotaView rota = as(partnership, MANAGER, () -> rotas.add(rotaMember("rota.lay", "Lou Lay", null)));
        assertEquals(List.of("rota.police", "rota.lay"), rota.members().stream().map(RotaView.Member::username)
                .toList());
        assertEquals("rota.police", rota.nextUsername());
        assertEquals("username", refusedField(() -> as(partnership, MANAGER, () -> rotas.add(rotaMember("rota.lay",
                "Lou Lay", null)))), "once on the rota");

        String review = cases.localCaseReviewOf(partnership, MANAGER, cases.submittedReferral(partnership, null, null));
        for (String[] row : new String[][] {{police.id() + ":plan.police", "Share call-outs"},
                {school.id() + ":plan.school", "Brief the leads"}, {police.id() + ":plan.police", "Audit call-outs"}}) {
            ActionForm action = new ActionForm();
            action.setAnswers("The finding");
            action.setWhat(row[1]);
            action.setOwner(row[0]);
            action.setIntendedOutcome("It changes");
            as(partnership, MANAGER, () -> plans.draw(review, action));
        }
        ActionForm agreement = new ActionForm();
        agreement.setAgreedBy("The review group");
        agreement.setAgreedOn(today);
        List<String> ids = as(partnership, MANAGER, () -> plans.agree(review, agreement)).actions().stream()
                .map(ActionPlanView.Line::id).toList();

        // The police's action skips the police scrutineer; the school's goes to the next in turn.
        reportDone(partnership, POLICE, ids.get(0));
        reportDone(partnership, SCHOOL, ids.get(1));
        assertEquals(List.of(ids.get(0)), as(partnership, lay, () -> verifications.mine(10)).stream()
                .map(a -> a.action().id()).toList());
        assertEquals(List.of(ids.get(1)), as(partnership, policeScrutineer, () -> verifications.mine(10)).stream()
                .map(a -> a.action().id()).toList(), "the school's action: the police scrutineer's turn");
        assertTrue(as(partnership, lay, () -> work.of(lay)).stream().anyMatch(t -> t.action().equals(
                "Verify action 1 (Police agency)") && t.link().contains("/app/verify/action.xhtml")),
                "in the scrutineer's work list");
        assertFalse(as(partnership, MANAGER, () -> work.of(MANAGER)).stream().anyMatch(t -> t.action().startsWith(
                "Verify action")), "not the business unit's while a scrutineer has it");
        assertThrows(RecordNotFoundException.class, () -> as(partnership, policeScrutineer,
                () -> verifications.task(ids.get(0))), "not their own agency's action, nor another's turn");
        assertTrue(as(partnership, MANAGER, () -> audit.historyOf("plan-action", ids.get(0))).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED));
        assertThrows(RecordNotFoundException.class, () -> as(partnership, lay, () -> plans.of(review)),
                "the scrutineer sees the action, nothing else of the review");
        OwnerAction toVerify = as(partnership, lay, () -> verifications.task(ids.get(0)));
        String evidence = toVerify.action().history().get(0).id();
        assertEquals("%PDF-1.4 evidence", new String(as(partnership, lay, () -> owners.evidence(evidence)).content(),
                StandardCharsets.UTF_8), "and its evidence");
        assertEquals("note", refusedField(() -> as(partnership, lay, () -> verifications.verify(ids.get(0), " "))));
        as(partnership, lay, () -> verifications.verify(ids.get(0), "Audit seen"));
        as(partnership, policeScrutineer, () -> verifications.returnToOwner(ids.get(1), "No register of who came"));
        assertEquals(List.of("VERIFIED", "RETURNED", "OPEN"), as(partnership, MANAGER, () -> plans.of(review))
                .actions().stream().map(ActionPlanView.Line::status).toList());

        // The next police action: the turn goes round, skipping the police scrutineer again.
        reportDone(partnership, POLICE, ids.get(2));
        assertEquals(List.of(ids.get(2)), as(partnership, lay, () -> verifications.mine(10)).stream()
                .map(a -> a.action().id()).toList());
        // A scrutineer who leaves the rota keeps what they were asked; the next turn goes to those left.
        as(partnership, MANAGER, () -> rotas.remove(as(partnership, MANAGER, () -> rotas.rota()).members().stream()
                .filter(m -> m.username().equals("rota.lay")).findFirst().orElseThrow().id()));
        as(partnership, lay, () -> verifications.verify(ids.get(2), "Asked before leaving the rota: still theirs"));
        ActionReportForm again = new ActionReportForm();
        again.setDone(true);
        again.setNote("A register is attached");
        again.attachFile("register.pdf", "%PDF-1.4 register".getBytes(StandardCharsets.UTF_8));
        as(partnership, SCHOOL, () -> owners.report(ids.get(1), again));
        assertEquals(List.of(ids.get(1)), as(partnership, policeScrutineer, () -> verifications.mine(10)).stream()
                .map(a -> a.action().id()).toList(), "a school action: the police scrutineer is independent");
        ActiveTenant neighbour = tenants.provision("it-rota-other");
        assertTrue(as(neighbour, MANAGER, () -> rotas.rota()).members().isEmpty(), "each partnership its own rota");
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, policeScrutineer,
                () -> verifications.task(ids.get(1))));
    }

    private void reportDone(ActiveTenant partnership, Caller owner, String actionId) {
        ActionReportForm done = new ActionReportForm();
        done.setDone(true);
        done.setNote("Done");
        done.attachFile("evidence.pdf", "%PDF-1.4 evidence".getBytes(StandardCharsets.UTF_8));
        as(partnership, owner, () -> owners.report(actionId, done));
    }

    private static RotaForm rotaMember(String username, String name, String agencyId) {
        RotaForm form = new RotaForm();
        form.setUsername(username);
        form.setDisplayName(name);
        form.setAgencyId(agencyId);
        return form;
    }

    private LocalDate workingDaysFrom(ActiveTenant partnership, LocalDate day, int days) {
        return as(partnership, MANAGER, () -> {
            tx.begin();
            try {
                return timescales.workingDays().addWorkingDays(day, days).end();
            } finally {
                tx.rollback();
            }
        });
    }

    private static ReportForm report(LocalDate agreedOn) {
        ReportForm form = new ReportForm();
        form.setFindings("Police call-outs to the home were not shared with the health visitor or the school.");
        form.setRecommendations("Share police call-outs with health visitors\nTell schools of call-outs");
        form.setAgreedBy("The review group");
        form.setAgreedOn(agreedOn);
        form.attachReport("report.pdf", "%PDF-1.4 the report".getBytes(StandardCharsets.UTF_8));
        return form;
    }

    private static String refusedField(org.junit.jupiter.api.function.Executable attempt) {
        return assertThrows(InvalidFieldException.class, attempt).field();
    }
}
