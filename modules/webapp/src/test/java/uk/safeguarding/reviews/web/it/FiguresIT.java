package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.reviews.web.it.TestTenants.as;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
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
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.clocks.domain.ClockOwner;
import uk.safeguarding.reviews.clocks.domain.ClockSubject;
import uk.safeguarding.reviews.figures.application.ExecutiveFigures;
import uk.safeguarding.reviews.figures.application.FiguresPack;
import uk.safeguarding.reviews.figures.application.YearOfFigures;
import uk.safeguarding.reviews.handover.application.HandoverForm;
import uk.safeguarding.reviews.handover.application.HandoverView;
import uk.safeguarding.reviews.handover.application.Handovers;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.ProductClock;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.figures.Figure;
import uk.safeguarding.reviews.kernel.figures.FigureRecord;
import uk.safeguarding.reviews.kernel.figures.ReportingYear;
import uk.safeguarding.reviews.learning.application.ActionForm;
import uk.safeguarding.reviews.learning.application.ActionPlans;
import uk.safeguarding.reviews.learning.application.ActionReportForm;
import uk.safeguarding.reviews.learning.application.OwnerActions;
import uk.safeguarding.reviews.practicereview.application.FamilyForm;
import uk.safeguarding.reviews.practicereview.application.FamilyInvolvement;
import uk.safeguarding.reviews.practicereview.domain.FamilyMember;
import uk.safeguarding.reviews.rapidreview.application.RapidReviewMeetings;
import uk.safeguarding.reviews.rapidreview.application.SendRequestsForm;
import uk.safeguarding.reviews.rapidreview.domain.RapidReviewMeeting;
import uk.safeguarding.reviews.rapidreview.domain.Recommendation;
import uk.safeguarding.reviews.referral.application.ReferralService;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;

/**
 * Issue 17, the executive's figures (§10.3), against PostgreSQL: each measure counted from a seeded
 * partnership with known counts, including a referral and its Rapid Review handed over to another
 * partnership (counted once, where it went), a clock met late, one never met and one paused (not yet
 * due); every number opens a list exactly as long, of the records expected; another partnership's
 * records are never counted; only the executive and the business unit read them, audited.
 */
@ExtendWith(ArquillianExtension.class)
class FiguresIT {

    private static final Clock CLOCK = ProductClock.configured();

    private static final Caller MANAGER = new Caller("fig.manager", "Mo Manager", Set.of(Role.BUSINESS_MANAGER));
    private static final Caller EXECUTIVE = new Caller("fig.executive", "Eve Executive", Set.of(Role.EXECUTIVE));
    private static final Caller POLICE = new Caller("fig.police", "Pat Police", Set.of(Role.AGENCY_CONTRIBUTOR));
    private static final Caller REVIEWER = new Caller("fig.reviewer", "Rae Reviewer", Set.of(Role.REVIEWER));

    private static final String GOOD = "Good: complete, analytical and on time";

    /** An hours rule no fixture here meets or misses on its own, for clocks whose times the test sets. */
    private static final String RULE = "forward-to-panel";

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithMailCatcher();
    }

    @Inject
    private TestTenants tenants;

    @Inject
    private CaseFixtures cases;

    @Inject
    private ExecutiveFigures figures;

    @Inject
    private FiguresPack pack;

    @Inject
    private ReferralService referrals;

    @Inject
    private Handovers handovers;

    @Inject
    private uk.safeguarding.reviews.review.application.ReviewService reviews;

    @Inject
    private RapidReviewMeetings meetings;

    @Inject
    private ActionPlans plans;

    @Inject
    private FamilyInvolvement family;

    @Inject
    private uk.safeguarding.reviews.rapidreview.application.InformationRequests requests;

    @Inject
    private uk.safeguarding.reviews.rapidreview.application.AgencyReturns returns;

    @Inject
    private uk.safeguarding.reviews.practicereview.application.SummaryRatings ratings;

    @Inject
    private OwnerActions owners;

    @Inject
    private ClockService clocks;

    @Inject
    private AuditTrail audit;

    @Test
    void eachMeasureCountsThePartnershipsOwnRecordsAndEveryNumberOpensItsList() throws Exception {
        MailCatcher.running();
        ActiveTenant here = tenants.provision("it-figures");
        ActiveTenant there = tenants.provision("it-figures-b");
        LocalDate today = LocalDate.now(CLOCK.withZone(ProductClock.UK));

        // §10.3 a and b: four referrals received and kept, three reviews opened here.
        String rapid = cases.rapidReviewOf(here, MANAGER, cases.submittedReferral(here, null, null));
        String local = cases.localCaseReviewOf(here, MANAGER, cases.submittedReferral(here, null, null));
        String undecided = cases.submittedReferral(here, null, null);
        String settled = cases.settledRapidReview(here, MANAGER, Recommendation.CHILD_SAFEGUARDING_PRACTICE_REVIEW);
        // A referral and its Rapid Review handed over: counted once, where they went (§10.2).
        String movedReferral = cases.submittedReferral(here, null, null);
        cases.rapidReviewOf(here, MANAGER, movedReferral);
        HandoverForm handover = new HandoverForm();
        handover.setToPartnership(there.slug());
        handover.setReason("The incident happened in the other partnership's area");
        handover.setLegalBasis("Working Together 2018, chapter 4");
        HandoverView proposed = as(here, MANAGER, () -> handovers.propose(movedReferral, handover));
        as(there, MANAGER, () -> handovers.accept(proposed.id()));

        // §10.3 e: the police's return to the first Rapid Review, rated twice: the newer rating stands.
        AgencyView police = cases.agency(here, MANAGER, "Northmoor Police", AgencyKind.POLICE, null, "fig.police");
        ZonedDateTime meeting = ZonedDateTime.now(CLOCK).plusDays(5);
        SendRequestsForm send = new SendRequestsForm();
        send.setAgencyIds(List.of(police.id()));
        send.setMeetingDate(meeting.toLocalDate());
        send.setMeetingTime(meeting.toLocalTime().withSecond(0).withNano(0));
        send.setMeetingPlace("Room 1");
        String request = as(here, MANAGER, () -> requests.send(rapid, send)).get(0).id();
        as(here, POLICE, () -> returns.saveSummary(request, CaseFixtures.agencySummary("Known since birth")));
        as(here, POLICE, () -> returns.putEntry(request, CaseFixtures.event(today.minusDays(5),
                "Police called to the home")));
        assertThrows(uk.safeguarding.reviews.kernel.RefusedException.class, () -> as(here, MANAGER,
                () -> ratings.rate(request, GOOD, null)), "rated once submitted");
        as(here, POLICE, () -> returns.submit(request));
        assertEquals("rating", assertThrows(InvalidFieldException.class, () -> as(here, MANAGER,
                () -> ratings.rate(request, "Splendid", null))).field(), "only a rating of the partnership's scale");
        as(here, MANAGER, () -> ratings.rate(request, "Requires improvement: gaps in the analysis or late",
                "No analysis of the call-outs"));
        assertThrows(RecordNotFoundException.class, () -> as(here, REVIEWER, () -> ratings.rate(request, GOOD,
                null)), "a reviewer not named on the review finds nothing of it");
        assertThrows(RecordNotFoundException.class, () -> as(there, MANAGER, () -> ratings.rate(request, GOOD,
                null)), "another partnership's business manager finds nothing of the return");
        assertTrue(as(there, MANAGER, () -> audit.historyOf("information-request", request)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED && e.actor().equals(MANAGER.username())),
                "the attempt is in their own trail");
        assertEquals(2, as(here, MANAGER, () -> ratings.rate(request, GOOD, "Analysis added on reopening"))
                .ratings().size(), "every rating kept");

        // §10.3 c: the National Panel disagreed with the settled Rapid Review's recommendation.
        as(here, MANAGER, () -> meetings.recordReportSent(settled, RapidReviewMeeting.SentBy.NATIONAL_PANEL_PORTAL,
                null));
        as(here, MANAGER, () -> meetings.recordPanelResponse(settled, today, false,
                "The Panel would have a national review"));

        // §10.3 f and g: the local review's plan agreed, its one action returned once, then verified, and closed.
        String actionId = cases.agreedPlanWithOneAction(here, MANAGER, local, police.id(), "fig.police", today);
        reportDone(here, actionId);
        as(here, MANAGER, () -> plans.returnToOwner(local, actionId, "Include the night shift"));
        reportDone(here, actionId);
        as(here, MANAGER, () -> plans.verify(local, actionId, "Audit seen: all shifts share within a day"));
        ActionForm closing = new ActionForm();
        closing.setNote("Call-outs now reach health visitors within a day");
        as(here, MANAGER, () -> plans.close(local, closing));

        // §10.3 j: the mother, involved, said the review was conducted sensitively; the father said not.
        FamilyForm mother = new FamilyForm();
        mother.setName("Jo Doe");
        mother.setRelationship("mother");
        as(here, MANAGER, () -> family.add(local, mother));
        FamilyForm father = new FamilyForm();
        father.setName("Sam Doe");
        father.setRelationship("father");
        List<String> parents = as(here, MANAGER, () -> family.add(local, father)).members().stream()
                .map(m -> m.id()).toList();
        for (int i = 0; i < 2; i++) {
            FamilyForm involved = new FamilyForm();
            involved.setMemberId(parents.get(i));
            involved.setInvolvement(FamilyMember.Involvement.INVOLVED);
            involved.setFacilitator("The lead reviewer");
            involved.setDecidedOn(today);
            as(here, MANAGER, () -> family.decide(local, involved));
            FamilyForm said = new FamilyForm();
            said.setMemberId(parents.get(i));
            said.setFeedback(i == 0 ? "She felt listened to" : "He felt the meetings were rushed");
            said.setFeedbackSensitive(i == 0);
            said.setFeedbackOn(today);
            as(here, MANAGER, () -> family.feedback(local, said));
        }

        // §10.3 d: clocks whose times are set, counted as a difference from what the cases above started.
        ZonedDateTime now = ZonedDateTime.now(CLOCK);
        List<Integer> years = List.copyOf(new LinkedHashSet<>(List.of(
                ReportingYear.containing(now.minusHours(40)).startsIn(), ReportingYear.containing(now).startsIn())));
        int dueBefore = sum(here, years, "d." + RULE + ".due");
        int onTimeBefore = sum(here, years, "d." + RULE + ".on-time");
        ClockSubject metInTime = startedHoursAgo(here, "met-in-time", 50);
        ClockSubject metLate = startedHoursAgo(here, "met-late", 50);
        startedHoursAgo(here, "never-met", 50);
        ClockSubject paused = startedHoursAgo(here, "paused", 50);
        startedHoursAgo(here, "not-yet-due", 1);
        as(here, MANAGER, () -> clocks.meet(metInTime, RULE, now.minusHours(40)));
        as(here, MANAGER, () -> clocks.meet(metLate, RULE, now.minusHours(1)));
        as(here, MANAGER, () -> clocks.pauseAll(paused, "fig.manager", "Criminal proceedings (§3.1)"));
        assertEquals(dueBefore + 3, sum(here, years, "d." + RULE + ".due"),
                "met in time, met late and never met; not the paused one nor the one not yet due");
        assertEquals(onTimeBefore + 1, sum(here, years, "d." + RULE + ".on-time"));

        // The year's figures, read by the executive.
        YearOfFigures year = as(here, EXECUTIVE, () -> figures.ofYear(null));
        assertEquals(ReportingYear.containing(now).startsIn(), year.year().startsIn());
        String rapidRef = reference(here, rapid);
        assertEquals(Set.of(referralRef(here, rapid), referralRef(here, local), referralRefOf(here, undecided),
                referralRef(here, settled)), references(year, "a.received"), "the handed-over one is counted there");
        assertEquals(4, number(year, "a.type.practice-review"));
        assertEquals(0, number(year, "a.type.good-outcome"));
        assertEquals(2, number(year, "a.outcome.commence-rapid-review"));
        assertEquals(1, number(year, "a.outcome.local-case-review"));
        assertEquals(Set.of(referralRefOf(here, undecided)), references(year, "a.outcome.undecided"));
        assertEquals(4, number(year, "a.referrer.northmoor-primary-school"));
        assertEquals(Set.of(rapidRef, reference(here, local), reference(here, settled)), references(year, "b.opened"));
        assertEquals(2, number(year, "b.opened.rapid-review"));
        assertEquals(1, number(year, "b.opened.local-case-review"));
        assertEquals(Set.of(reference(here, settled)), references(year,
                "b.rapid-review-outcome.child-safeguarding-practice-review"));
        assertEquals(1, number(year, "c.answered"));
        assertEquals(Set.of(reference(here, settled)), references(year, "c.disagreed"));
        assertEquals("c.answered", year.figure("c.disagreed").orElseThrow().partOf());
        assertEquals(1, number(year, "f.agreed"));
        assertEquals(2, number(year, "f.checked"), "returned once, then verified");
        assertEquals(1, number(year, "f.returned"));
        assertEquals(2, number(year, "f.done"), "reported done twice: before the return and after");
        assertEquals(2, number(year, "f.done.on-time"), "both by the day the action was due");
        assertEquals("f.done", year.figure("f.done.on-time").orElseThrow().partOf());
        assertEquals(1, number(year, "g.closed"));
        assertEquals(1, number(year, "g.verified"));
        assertEquals(1, number(year, "g.actions"), "the closed plan ran in the year");
        assertEquals(1, number(year, "g.status.verified"));
        assertEquals(0, number(year, "g.status.open"));
        assertEquals("g.actions", year.figure("g.status.verified").orElseThrow().partOf());
        assertEquals(2, number(year, "j.feedback"));
        assertEquals(1, number(year, "e.rated"), "the summary once, by the rating that stands");
        assertEquals(1, number(year, "e.rating.good-complete-analytical-and-on-time"));
        assertEquals(0, number(year, "e.rating.requires-improvement-gaps-in-the-analysis-or-late"));
        assertEquals(List.of("the child's mother: conducted sensitively"), year.figure("j.sensitive").orElseThrow()
                .records().stream().map(FigureRecord::line).toList());
        for (String named : List.of("rapid-review", "rapid-review-report", "local-case-review",
                "lead-reviewer-appointed", "cspr-completion")) {
            assertTrue(year.figure("d." + named + ".due").isPresent(), "§10.3 d names " + named);
        }

        // Every number opens the list of records behind it, exactly as long.
        for (YearOfFigures.MeasureFigures measure : year.measures()) {
            for (Figure figure : measure.figures()) {
                ExecutiveFigures.FigureList list = as(here, EXECUTIVE, () -> figures.list(null, figure.key()));
                assertEquals(figure.number(), list.figure().records().size(), figure.key());
                assertEquals(figure.records().stream().map(FigureRecord::reference).toList(),
                        list.figure().records().stream().map(FigureRecord::reference).toList(), figure.key());
            }
        }

        // The other partnership counts the referral and the review it was given, and nothing of here.
        YearOfFigures theirs = as(there, EXECUTIVE, () -> figures.ofYear(null));
        assertEquals(1, number(theirs, "a.received"));
        assertEquals(1, number(theirs, "b.opened"));
        assertEquals(0, number(theirs, "c.answered"));
        assertEquals(0, number(theirs, "f.checked"));
        assertEquals(0, number(theirs, "f.done"));
        assertEquals(0, number(theirs, "g.actions"));
        assertEquals(0, number(theirs, "j.feedback"));
        assertEquals(0, number(theirs, "e.rated"));

        // The pack: a PDF, and a workbook listing the records behind each number.
        assertTrue(new String(as(here, EXECUTIVE, () -> pack.pack(null, FiguresPack.Format.PDF, Figure::label))
                .content(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
        String workbook = ExportedFiles.zipText(as(here, MANAGER, () -> pack.pack(null, FiguresPack.Format.XLSX,
                Figure::label)).content(), "xl/sharedStrings.xml");
        assertTrue(workbook.contains("Reviews by type and outcome") && workbook.contains(rapidRef), workbook);

        // Only the executive and the business unit read them; the refusals and the reading are audited.
        assertThrows(AccessDeniedException.class, () -> as(here, REVIEWER, () -> figures.ofYear(null)));
        assertThrows(AccessDeniedException.class, () -> as(here, POLICE, () -> figures.list(null, "a.received")));
        assertThrows(AccessDeniedException.class, () -> as(here, REVIEWER, () -> pack.pack(null,
                FiguresPack.Format.PDF, Figure::label)));
        assertThrows(RecordNotFoundException.class, () -> as(here, EXECUTIVE, () -> figures.list(null, "z.nothing")));
        assertEquals("year", assertThrows(InvalidFieldException.class, () -> as(here, EXECUTIVE,
                () -> figures.ofYear(2018))).field());
        assertEquals("year", assertThrows(InvalidFieldException.class, () -> as(here, EXECUTIVE,
                () -> figures.ofYear(year.year().startsIn() + 1))).field(), "no figures for a year not begun");
        String label = year.year().label();
        assertTrue(as(here, MANAGER, () -> audit.historyOf(ExecutiveFigures.RECORD_TYPE, label)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED && e.actor().equals(REVIEWER.username())));
        assertTrue(as(here, MANAGER, () -> audit.historyOf(ExecutiveFigures.RECORD_TYPE, label)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.ALLOWED && e.actor().equals(EXECUTIVE.username())));
    }

    private void reportDone(ActiveTenant partnership, String actionId) {
        ActionReportForm done = new ActionReportForm();
        done.setDone(true);
        done.setNote("Every call-out since the 1st was shared within a day");
        done.attachFile("audit.pdf", "%PDF-1.4 audit".getBytes(StandardCharsets.UTF_8));
        as(partnership, POLICE, () -> owners.report(actionId, done));
    }

    private ClockSubject startedHoursAgo(ActiveTenant partnership, String name, int hours) {
        ClockSubject subject = new ClockSubject("figures-test", java.util.UUID.randomUUID().toString(), name);
        as(partnership, MANAGER, () -> clocks.start(subject, new ClockOwner("Mo Manager", "mo@example.org"), RULE,
                ZonedDateTime.now(CLOCK).minusHours(hours)));
        return subject;
    }

    /** A figure's number summed over the years named (the clocks above may settle either side of 1 April). */
    private int sum(ActiveTenant partnership, List<Integer> years, String key) {
        return years.stream().mapToInt(y -> as(partnership, MANAGER, () -> figures.ofYear(y)).figure(key)
                .map(Figure::number).orElse(0)).sum();
    }

    private static int number(YearOfFigures year, String key) {
        return year.figure(key).orElseThrow(() -> new AssertionError("no figure " + key)).number();
    }

    private static Set<String> references(YearOfFigures year, String key) {
        return year.figure(key).orElseThrow(() -> new AssertionError("no figure " + key)).records().stream()
                .map(FigureRecord::reference).collect(java.util.stream.Collectors.toSet());
    }

    private String reference(ActiveTenant partnership, String reviewId) {
        return as(partnership, MANAGER, () -> reviews.view(reviewId).reference());
    }

    /** The reference of the referral a review was opened on. */
    private String referralRef(ActiveTenant partnership, String reviewId) {
        return as(partnership, MANAGER, () -> reviews.view(reviewId).referralReference());
    }

    private String referralRefOf(ActiveTenant partnership, String referralId) {
        return as(partnership, MANAGER, () -> referrals.detail(referralId).reference());
    }
}
