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
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditOutcome;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.ProductClock;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.learning.application.PlanVerifications;
import uk.safeguarding.reviews.learning.application.VerificationForm;
import uk.safeguarding.reviews.learning.application.VerificationSheet;
import uk.safeguarding.reviews.learning.domain.PlanVerification;
import uk.safeguarding.reviews.review.application.ReviewService;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;

/**
 * Issue 17, Document 14 (§9, §10.1): a review action plan verified on a case basis and on an agency
 * basis, against PostgreSQL: nothing to verify before the plan is agreed; every action answered with
 * the evidence seen, each refusal beside its row's box; a day to check again unless the learning is
 * embedded; the verification written as Document 14; read by whoever may see the review, recorded by
 * the business unit; another partnership finds nothing, audited.
 */
@ExtendWith(ArquillianExtension.class)
class PlanVerificationIT {

    private static final Clock CLOCK = ProductClock.configured();

    private static final Caller MANAGER = new Caller("pv.manager", "Mo Manager", Set.of(Role.BUSINESS_MANAGER));
    private static final Caller PANEL = new Caller("pv.panel", "Pam Panel", Set.of(Role.PANEL_MEMBER));
    private static final Caller REVIEWER = new Caller("pv.reviewer", "Rae Reviewer", Set.of(Role.REVIEWER));

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestHelpers();
    }

    @Inject
    private TestTenants tenants;

    @Inject
    private CaseFixtures cases;

    @Inject
    private PlanVerifications verifications;

    @Inject
    private ReviewService reviews;

    @Inject
    private AuditTrail audit;

    @Inject
    private uk.safeguarding.reviews.web.home.WorkList work;

    @Inject
    private uk.safeguarding.reviews.figures.application.ExecutiveFigures figures;

    private static int number(uk.safeguarding.reviews.figures.application.YearOfFigures year, String key) {
        return year.figure(key).orElseThrow(() -> new AssertionError("no figure " + key)).number();
    }

    private static final String RECHECK = "Verify again that the learning is embedded (Document 14)";

    @Test
    void aPlanIsVerifiedByCaseAndByAgencyAndWrittenAsDocument14() throws Exception {
        ActiveTenant here = tenants.provision("it-plan-verification");
        ActiveTenant there = tenants.provision("it-plan-verification-b");
        LocalDate today = LocalDate.now(CLOCK.withZone(ProductClock.UK));
        String local = cases.localCaseReviewOf(here, MANAGER, cases.submittedReferral(here, null, null));
        AgencyView police = cases.agency(here, MANAGER, "Northmoor Police", AgencyKind.POLICE, null, "pv.police");

        VerificationSheet before = as(here, MANAGER, () -> verifications.ofCase(local));
        assertTrue(before.actions().isEmpty());
        assertFalse(before.mayRecord());
        assertThrows(RefusedException.class, () -> as(here, MANAGER, () -> verifications.record(
                PlanVerification.Basis.CASE, local, before.newForm())), "nothing to verify before the plan is agreed");

        cases.agreedPlanWithOneAction(here, MANAGER, local, police.id(), "pv.police", today);
        String reference = as(here, MANAGER, () -> reviews.view(local).reference());

        VerificationSheet sheet = as(here, MANAGER, () -> verifications.ofCase(local));
        assertEquals(List.of("Action 1"), sheet.actions().stream().map(VerificationSheet.Action::label).toList());
        assertTrue(sheet.mayRecord());
        VerificationForm form = sheet.newForm();
        form.setScrutinisedBy("Sam Scrutineer");
        form.setVerifiedOn(today);
        form.setSummary("Shared within a day in the cases seen; not yet across all shifts");
        form.setJudgement(PlanVerification.Judgement.PARTLY_EMBEDDED);
        assertEquals("item-1-addressed", refused(here, PlanVerification.Basis.CASE, local, form));
        form.getItems().get(0).setAddressed(PlanVerification.Answer.YES);
        form.getItems().get(0).setEmbedded(PlanVerification.Answer.PARTLY);
        form.getItems().get(0).setEvidence("Audit of ten cases seen");
        assertEquals("recheckOn", refused(here, PlanVerification.Basis.CASE, local, form), "partly embedded");
        form.setRecheckOn(today.plusMonths(6));
        assertThrows(AccessDeniedException.class, () -> as(here, PANEL, () -> verifications.record(
                PlanVerification.Basis.CASE, local, form)), "the business unit records it");
        VerificationSheet recorded = as(here, MANAGER, () -> verifications.record(PlanVerification.Basis.CASE, local,
                form));
        assertEquals(1, recorded.past().size());
        String verification = recorded.past().get(0).id();
        assertEquals(today.plusMonths(6), recorded.past().get(0).recheckOn());
        List<uk.safeguarding.reviews.kernel.work.WorkItem> recheck = as(here, MANAGER, () -> work.of(MANAGER)).stream()
                .filter(t -> t.action().equals(RECHECK)).toList();
        assertEquals(1, recheck.size(), "the day to check again waits in the business unit's work list");
        assertEquals(today.plusMonths(6), recheck.get(0).dueBy().toLocalDate());
        assertTrue(recheck.get(0).link().endsWith("?review=" + local), recheck.get(0).link());
        assertTrue(as(there, MANAGER, () -> work.of(MANAGER)).stream().noneMatch(t -> t.action().equals(RECHECK)),
                "and nowhere else");

        String word = ExportedFiles.zipText(as(here, PANEL, () -> verifications.document(verification,
                PlanVerifications.Format.DOCX)).content(), "word/document.xml");
        assertTrue(word.contains("Audit of ten cases seen") && word.contains("Sam Scrutineer"), word);
        assertTrue(new String(as(here, MANAGER, () -> verifications.document(verification,
                PlanVerifications.Format.PDF)).content(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
        assertFalse(as(here, PANEL, () -> verifications.ofCase(local)).mayRecord(), "the panel reads it");

        // On an agency basis: the police's actions across the partnership's plans.
        VerificationSheet agency = as(here, MANAGER, () -> verifications.ofAgency(police.id()));
        assertEquals(List.of(reference + " action 1"), agency.actions().stream().map(VerificationSheet.Action::label)
                .toList());
        VerificationForm byAgency = embedded(agency.newForm(), today, "Force policy updated; briefing to all shifts",
                "The police's learning is embedded");
        assertEquals(1, as(here, MANAGER, () -> verifications.record(PlanVerification.Basis.AGENCY, police.id(),
                byAgency)).past().size());
        assertThrows(AccessDeniedException.class, () -> as(here, PANEL, () -> verifications.ofAgency(police.id())));

        // Verified again, the learning now embedded: nothing more to check for the case.
        VerificationForm again = embedded(as(here, MANAGER, () -> verifications.ofCase(local)).newForm(), today,
                "Audit of ten more cases: shared on every shift", "Embedded across all shifts");
        as(here, MANAGER, () -> verifications.record(PlanVerification.Basis.CASE, local, again));
        assertTrue(as(here, MANAGER, () -> work.of(MANAGER)).stream().noneMatch(t -> t.action().equals(RECHECK)),
                "verified again, the task leaves the list");

        // §10.3 g: the year's Document 14 verifications by their judgement, each number its list.
        uk.safeguarding.reviews.figures.application.YearOfFigures year = as(here, MANAGER, () -> figures.ofYear(null));
        assertEquals(3, number(year, "g.doc14"), "by case twice, by agency once");
        assertEquals(2, number(year, "g.doc14.embedded"));
        assertEquals(1, number(year, "g.doc14.partly-embedded"));
        assertEquals(0, number(year, "g.doc14.not-embedded"));
        assertEquals("g.doc14", year.figure("g.doc14.embedded").orElseThrow().partOf());
        for (String key : List.of("g.doc14", "g.doc14.embedded", "g.doc14.partly-embedded")) {
            assertEquals(number(year, key), as(here, MANAGER, () -> figures.list(null, key)).figure().records().size(),
                    key + ": the number opens a list as long");
        }
        assertTrue(year.figure("g.doc14.partly-embedded").orElseThrow().records().get(0).link()
                .endsWith("?review=" + local));
        assertEquals(0, number(as(there, MANAGER, () -> figures.ofYear(null)), "g.doc14"),
                "another partnership counts none of them");

        // Need to know, and nothing across partnerships; each attempt audited.
        assertThrows(RecordNotFoundException.class, () -> as(here, REVIEWER, () -> verifications.ofCase(local)));
        assertThrows(RecordNotFoundException.class, () -> as(there, MANAGER, () -> verifications.ofCase(local)));
        assertThrows(RecordNotFoundException.class, () -> as(there, MANAGER, () -> verifications.document(verification,
                PlanVerifications.Format.DOCX)));
        assertThrows(RecordNotFoundException.class, () -> as(there, MANAGER, () -> verifications.ofAgency(police.id())));
        assertTrue(as(there, MANAGER, () -> audit.historyOf(PlanVerifications.RECORD_TYPE, verification)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED && e.actor().equals(MANAGER.username())));
        assertTrue(as(here, MANAGER, () -> audit.historyOf(PlanVerifications.RECORD_TYPE, verification)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.ALLOWED && e.action() == AuditAction.CREATE
                        && e.actor().equals(MANAGER.username())));
    }

    /** The form of a one-action sheet, filled in by Sam Scrutineer on {@code on}: addressed and embedded. */
    private static VerificationForm embedded(VerificationForm form, LocalDate on, String evidence, String summary) {
        form.getItems().get(0).setAddressed(PlanVerification.Answer.YES);
        form.getItems().get(0).setEmbedded(PlanVerification.Answer.YES);
        form.getItems().get(0).setEvidence(evidence);
        form.setScrutinisedBy("Sam Scrutineer");
        form.setVerifiedOn(on);
        form.setSummary(summary);
        form.setJudgement(PlanVerification.Judgement.EMBEDDED);
        return form;
    }

    private String refused(ActiveTenant partnership, PlanVerification.Basis basis, String subject,
            VerificationForm form) {
        return assertThrows(InvalidFieldException.class, () -> as(partnership, MANAGER,
                () -> verifications.record(basis, subject, form))).field();
    }
}
