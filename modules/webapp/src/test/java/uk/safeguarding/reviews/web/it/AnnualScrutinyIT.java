package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.reviews.web.it.TestTenants.as;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
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
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.figures.ReportingYear;
import uk.safeguarding.reviews.kernel.work.WorkItem;
import uk.safeguarding.reviews.learning.application.ActionPlans;
import uk.safeguarding.reviews.learning.application.ActionReportForm;
import uk.safeguarding.reviews.learning.application.AnnualReportSection;
import uk.safeguarding.reviews.learning.application.AnnualScrutinies;
import uk.safeguarding.reviews.learning.application.OwnerActions;
import uk.safeguarding.reviews.learning.application.ScrutinyView;
import uk.safeguarding.reviews.learning.domain.AnnualScrutiny;
import uk.safeguarding.reviews.practicereview.application.PublicationForm;
import uk.safeguarding.reviews.practicereview.application.Publications;
import uk.safeguarding.reviews.review.application.ReviewService;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;
import uk.safeguarding.reviews.web.home.WorkList;

/**
 * Issue 17, §9: the Independent Adviser's annual scrutiny of action plans, against PostgreSQL: the
 * pack holds each plan running in the year with its actions by status and each action checked in it,
 * as a page and as PDF and workbook; the adviser records a conclusion only once the year has ended
 * (each refusal beside its field), the task leaves their work list, a second recording revises it;
 * the business unit and the executive read it, nobody else; another partnership's plans never appear.
 * And §8.3: the annual report's section on the reviews published in the year.
 */
@ExtendWith(ArquillianExtension.class)
class AnnualScrutinyIT {

    private static final Clock CLOCK = ProductClock.configured();

    private static final Caller MANAGER = new Caller("sc.manager", "Mo Manager", Set.of(Role.BUSINESS_MANAGER));
    private static final Caller ADVISER = new Caller("sc.adviser", "Ira Adviser", Set.of(Role.INDEPENDENT_ADVISER));
    private static final Caller EXECUTIVE = new Caller("sc.executive", "Eve Executive", Set.of(Role.EXECUTIVE));
    private static final Caller POLICE = new Caller("sc.police", "Pat Police", Set.of(Role.AGENCY_CONTRIBUTOR));
    private static final Caller REVIEWER = new Caller("sc.reviewer", "Rae Reviewer", Set.of(Role.REVIEWER));

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestHelpers();
    }

    @Inject
    private TestTenants tenants;

    @Inject
    private CaseFixtures cases;

    @Inject
    private AnnualScrutinies scrutinies;

    @Inject
    private ActionPlans plans;

    @Inject
    private OwnerActions owners;

    @Inject
    private ReviewService reviews;

    @Inject
    private WorkList work;

    @Inject
    private AnnualReportSection section;

    @Inject
    private Publications publications;

    @Inject
    private AuditTrail audit;

    @Test
    void theAdviserScrutinisesTheYearsPlansFromItsPackOnceTheYearHasEnded() throws Exception {
        ActiveTenant here = tenants.provision("it-scrutiny");
        ActiveTenant there = tenants.provision("it-scrutiny-b");
        LocalDate today = LocalDate.now(CLOCK.withZone(ProductClock.UK));
        int running = ReportingYear.containing(ZonedDateTime.now(CLOCK)).startsIn();
        int ended = running - 1;

        // A local case review's plan agreed this year, its one action done and verified.
        String local = cases.localCaseReviewOf(here, MANAGER, cases.submittedReferral(here, null, null));
        AgencyView police = cases.agency(here, MANAGER, "Northmoor Police", AgencyKind.POLICE, null, "sc.police");
        String actionId = cases.agreedPlanWithOneAction(here, MANAGER, local, police.id(), "sc.police", today);
        ActionReportForm done = new ActionReportForm();
        done.setDone(true);
        done.setNote("Every call-out since the 1st was shared within a day");
        done.attachFile("audit.pdf", "%PDF-1.4 audit".getBytes(StandardCharsets.UTF_8));
        as(here, POLICE, () -> owners.report(actionId, done));
        as(here, MANAGER, () -> plans.verify(local, actionId, "Audit seen"));
        String reference = as(here, MANAGER, () -> reviews.view(local).reference());

        // This year's pack: the plan with its action verified, and the check; not recorded while the year runs.
        ScrutinyView thisYear = as(here, ADVISER, () -> scrutinies.of(running));
        assertEquals(List.of(reference), thisYear.plans().stream().map(ScrutinyView.Plan::reviewReference).toList());
        ScrutinyView.Plan plan = thisYear.plans().get(0);
        assertEquals(1, plan.actions());
        assertEquals(1, plan.verified());
        assertEquals(1, thisYear.checks().size());
        assertTrue(thisYear.checks().get(0).verified());
        assertFalse(thisYear.mayRecord());
        assertEquals("findings", assertThrows(InvalidFieldException.class, () -> as(here, ADVISER,
                () -> scrutinies.record(running, AnnualScrutiny.Conclusion.ASSURED, "Too early"))).field());
        assertEquals("year", assertThrows(InvalidFieldException.class, () -> as(here, ADVISER,
                () -> scrutinies.of(running + 1))).field());

        // Last year's scrutiny waits in the adviser's work list until recorded.
        assertTrue(scrutinyTask(here, ended), "the task is on the adviser's list");
        ScrutinyView lastYear = as(here, ADVISER, () -> scrutinies.of(null));
        assertEquals(ended, lastYear.startsIn(), "the last year that has ended");
        assertTrue(lastYear.plans().isEmpty(), "this year's plan was not running then");
        assertTrue(lastYear.mayRecord());
        assertEquals("conclusion", assertThrows(InvalidFieldException.class, () -> as(here, ADVISER,
                () -> scrutinies.record(ended, null, "All plans on track"))).field());
        assertEquals("findings", assertThrows(InvalidFieldException.class, () -> as(here, ADVISER,
                () -> scrutinies.record(ended, AnnualScrutiny.Conclusion.ASSURED, " "))).field());
        assertThrows(AccessDeniedException.class, () -> as(here, MANAGER, () -> scrutinies.record(ended,
                AnnualScrutiny.Conclusion.ASSURED, "The business unit may not")));
        as(here, ADVISER, () -> scrutinies.record(ended, AnnualScrutiny.Conclusion.ASSURED, "All plans on track"));
        assertFalse(scrutinyTask(here, ended), "recorded, the task leaves the list");
        ScrutinyView revised = as(here, ADVISER, () -> scrutinies.record(ended, AnnualScrutiny.Conclusion.PARTLY_ASSURED,
                "One agency has yet to evidence impact"));
        assertEquals(AnnualScrutiny.Conclusion.PARTLY_ASSURED, revised.recorded().conclusion());
        assertEquals(List.of(AuditAction.CREATE, AuditAction.UPDATE), as(here, MANAGER,
                () -> audit.historyOf(AnnualScrutinies.RECORD_TYPE, String.valueOf(ended))).stream()
                .filter(e -> e.outcome() == AuditOutcome.ALLOWED && e.actor().equals(ADVISER.username())
                        && e.action() != AuditAction.VIEW)
                .map(e -> e.action()).sorted().toList());

        // The business unit and the executive read it; nobody else.
        ScrutinyView forExecutive = as(here, EXECUTIVE, () -> scrutinies.of(ended));
        assertEquals("One agency has yet to evidence impact", forExecutive.recorded().findings());
        assertFalse(forExecutive.mayRecord());
        assertThrows(AccessDeniedException.class, () -> as(here, REVIEWER, () -> scrutinies.of(ended)));
        assertThrows(AccessDeniedException.class, () -> as(here, POLICE, () -> scrutinies.pack(running,
                AnnualScrutinies.Format.PDF)));
        assertTrue(as(here, MANAGER, () -> audit.historyOf(AnnualScrutinies.RECORD_TYPE, String.valueOf(ended)))
                .stream().anyMatch(e -> e.outcome() == AuditOutcome.DENIED && e.actor().equals(REVIEWER.username())));

        // The pack as PDF and as a workbook naming the plan.
        assertTrue(new String(as(here, MANAGER, () -> scrutinies.pack(running, AnnualScrutinies.Format.PDF)).content(),
                0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
        String workbook = ExportedFiles.zipText(as(here, EXECUTIVE, () -> scrutinies.pack(running,
                AnnualScrutinies.Format.XLSX)).content(), "xl/sharedStrings.xml");
        assertTrue(workbook.contains(reference), workbook);

        // Another partnership's adviser sees none of it.
        ScrutinyView theirs = as(there, ADVISER, () -> scrutinies.of(running));
        assertTrue(theirs.plans().isEmpty() && theirs.checks().isEmpty());
        assertNull(as(there, ADVISER, () -> scrutinies.of(ended)).recorded());
    }

    /**
     * §8.3, last paragraph: the annual report's section lists each review whose report was published in
     * the year, its findings, what it recommended and where each action stands, in Word and PDF; for the
     * business unit and the executive only; another partnership's section has none of it.
     */
    @Test
    void theAnnualReportHoldsEachPublishedReviewsFindingsAndTheActionsTaken() throws Exception {
        ActiveTenant here = tenants.provision("it-annual-report");
        ActiveTenant there = tenants.provision("it-annual-report-b");
        LocalDate today = LocalDate.now(CLOCK.withZone(ProductClock.UK));
        String local = cases.localCaseReviewOf(here, MANAGER, cases.submittedReferral(here, null, null));
        cases.openedDaysAgo(here, local, 30);
        AgencyView police = cases.agency(here, MANAGER, "Northmoor Police", AgencyKind.POLICE, null, "sc.police");
        cases.agreedPlanWithOneAction(here, MANAGER, local, police.id(), "sc.police", today.minusDays(20));
        assertTrue(as(here, EXECUTIVE, () -> section.of(null)).entries().isEmpty(), "not published yet");

        PublicationForm decision = new PublicationForm();
        decision.setDecidedOn(today.minusDays(20));
        decision.setPublish(true);
        as(here, MANAGER, () -> publications.decide(local, decision));
        PublicationForm plan = new PublicationForm();
        plan.setTitle("Child C: a local case review");
        plan.setPlannedOn(today.plusDays(7));
        as(here, MANAGER, () -> publications.plan(local, plan));
        PublicationForm file = new PublicationForm();
        file.attachFile("Child C report (redacted).pdf", "%PDF-1.4 redacted".getBytes(StandardCharsets.UTF_8));
        as(here, MANAGER, () -> publications.attach(local, file));
        PublicationForm copy = new PublicationForm();
        copy.setPanelCopySentOn(today.minusDays(10));
        as(here, MANAGER, () -> publications.panelCopySent(local, copy));
        PublicationForm online = new PublicationForm();
        online.setPublishedOn(today);
        as(here, MANAGER, () -> publications.published(local, online));

        AnnualReportSection.SectionView year = as(here, EXECUTIVE, () -> section.of(null));
        assertEquals(1, year.entries().size());
        AnnualReportSection.Entry entry = year.entries().get(0);
        assertEquals("Child C: a local case review", entry.title());
        assertEquals(today, entry.publishedOn());
        assertEquals("Police call-outs to the home were not shared with the health visitor.", entry.findings());
        assertEquals(List.of("1. Share police call-outs with health visitors"), entry.recommendations());
        assertEquals(1, entry.actions().size());
        assertEquals("Northmoor Police", entry.actions().get(0).agency());
        assertEquals("Not started", entry.actions().get(0).status());

        byte[] word = as(here, MANAGER, () -> section.document(null, AnnualReportSection.Format.DOCX)).content();
        assertTrue(ExportedFiles.zipText(word, "word/document.xml").contains("Share police call-outs with health"
                + " visitors"));
        assertTrue(new String(as(here, MANAGER, () -> section.document(null, AnnualReportSection.Format.PDF))
                .content(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
        assertThrows(AccessDeniedException.class, () -> as(here, ADVISER, () -> section.of(null)));
        assertThrows(AccessDeniedException.class, () -> as(here, POLICE, () -> section.document(null,
                AnnualReportSection.Format.DOCX)));
        assertTrue(as(there, EXECUTIVE, () -> section.of(null)).entries().isEmpty());
        assertTrue(as(here, MANAGER, () -> audit.historyOf(AnnualReportSection.RECORD_TYPE, String.valueOf(
                year.startsIn()))).stream().anyMatch(e -> e.outcome() == AuditOutcome.ALLOWED
                        && e.actor().equals(EXECUTIVE.username())));
    }

    private boolean scrutinyTask(ActiveTenant partnership, int year) {
        List<WorkItem> tasks = as(partnership, ADVISER, () -> work.of(ADVISER));
        return tasks.stream().anyMatch(t -> t.action().startsWith("Scrutinise the year's action plans")
                && t.reference().equals("April " + year + " to March " + (year + 1)));
    }
}
