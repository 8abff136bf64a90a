package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.reviews.web.it.TestTenants.as;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
import uk.safeguarding.reviews.practicereview.application.AppointmentForm;
import uk.safeguarding.reviews.practicereview.application.CommencementForm;
import uk.safeguarding.reviews.practicereview.application.CommencementOffer;
import uk.safeguarding.reviews.practicereview.application.LeadReviewerAppointments;
import uk.safeguarding.reviews.practicereview.application.LeadReviewerView;
import uk.safeguarding.reviews.practicereview.application.LearningReports;
import uk.safeguarding.reviews.practicereview.application.ReportForm;
import uk.safeguarding.reviews.practicereview.application.PracticeReviewCommencements;
import uk.safeguarding.reviews.practicereview.application.AssuranceChecks;
import uk.safeguarding.reviews.practicereview.application.AssuranceView;
import uk.safeguarding.reviews.practicereview.domain.AssuranceCheck;
import uk.safeguarding.reviews.practicereview.application.FamilyForm;
import uk.safeguarding.reviews.practicereview.application.Methodologies;
import uk.safeguarding.reviews.practicereview.application.MethodologyView;
import uk.safeguarding.reviews.practicereview.application.PartnershipLists;
import uk.safeguarding.reviews.practicereview.domain.PartnershipList;
import uk.safeguarding.reviews.practicereview.application.FamilyInvolvement;
import uk.safeguarding.reviews.practicereview.application.FamilyView;
import uk.safeguarding.reviews.practicereview.domain.FamilyMember;
import uk.safeguarding.reviews.practicereview.application.PublicationForm;
import uk.safeguarding.reviews.practicereview.application.PublicationView;
import uk.safeguarding.reviews.practicereview.application.Publications;
import uk.safeguarding.reviews.practicereview.domain.Publication;
import uk.safeguarding.reviews.practicereview.application.TermsForm;
import uk.safeguarding.reviews.practicereview.application.TermsOfReferences;
import uk.safeguarding.reviews.practicereview.application.TermsView;
import uk.safeguarding.reviews.practicereview.application.AccuracyResponseForm;
import uk.safeguarding.reviews.practicereview.application.AccuracyTask;
import uk.safeguarding.reviews.practicereview.application.AccuracyView;
import uk.safeguarding.reviews.practicereview.application.FactualAccuracy;
import uk.safeguarding.reviews.practicereview.domain.AccuracyComment;
import uk.safeguarding.reviews.practicereview.application.GoodPracticeForm;
import uk.safeguarding.reviews.practicereview.application.GoodPracticeLearning;
import uk.safeguarding.reviews.practicereview.application.GoodPracticeView;
import uk.safeguarding.reviews.practicereview.application.LocalReviewOffer;
import uk.safeguarding.reviews.practicereview.application.LocalReviewsAfterRapidReview;
import uk.safeguarding.reviews.practicereview.application.GroupMeetingForm;
import uk.safeguarding.reviews.practicereview.application.GroupMeetings;
import uk.safeguarding.reviews.practicereview.application.GroupsView;
import uk.safeguarding.reviews.practicereview.application.PartnerSignOffs;
import uk.safeguarding.reviews.practicereview.application.SignOffForm;
import uk.safeguarding.reviews.practicereview.application.SignOffView;
import uk.safeguarding.reviews.practicereview.domain.ReportSignOff;
import uk.safeguarding.reviews.practicereview.application.WrittenReportForm;
import uk.safeguarding.reviews.practicereview.application.WrittenReportView;
import uk.safeguarding.reviews.practicereview.application.WrittenReports;
import uk.safeguarding.reviews.practicereview.domain.TermsOfReference;
import uk.safeguarding.reviews.rapidreview.domain.Recommendation;
import uk.safeguarding.reviews.review.application.ReviewService;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.review.domain.ReviewPart;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;
import uk.safeguarding.reviews.thresholds.domain.ReviewKind;

/**
 * Issue 16, the first steps of a Child Safeguarding Practice Review (§5.2, §8.1) against PostgreSQL:
 * commenced by the partners after a Rapid Review whose settled outcome recommends it, or commissioned
 * by the National Panel; its clocks counted from the decision; the lead reviewer appointed by the
 * Virtual Panel to the specification, refused beside each missing declaration; assigned to that
 * review only; and nothing of it found from another partnership.
 */
@ExtendWith(ArquillianExtension.class)
class PracticeReviewIT {

    private static final Clock CLOCK = ProductClock.configured();

    private static final Caller MANAGER = new Caller("pr.manager", "Mo Manager", Set.of(Role.BUSINESS_MANAGER));
    private static final Caller PANEL = new Caller("pr.panel", "Pat Panel", Set.of(Role.PANEL_MEMBER));
    private static final Caller LEAD = new Caller("lena.lead", "Lena Lead", Set.of(Role.REVIEWER));

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestHelpers();
    }

    @Inject
    private TestTenants tenants;

    @Inject
    private CaseFixtures cases;

    @Inject
    private PracticeReviewCommencements commencements;

    @Inject
    private LeadReviewerAppointments appointments;

    @Inject
    private LearningReports learning;

    @Inject
    private TermsOfReferences terms;

    @Inject
    private Publications publications;

    @Inject
    private WrittenReports written;

    @Inject
    private FactualAccuracy accuracy;

    @Inject
    private PartnerSignOffs signOffs;

    @Inject
    private GoodPracticeLearning goodPractice;

    @Inject
    private LocalReviewsAfterRapidReview localReviews;

    @Inject
    private GroupMeetings groupMeetings;

    @Inject
    private uk.safeguarding.reviews.practicereview.application.FamilyLetters familyLetters;

    @Inject
    private FamilyInvolvement family;

    @Inject
    private Methodologies methodologies;

    @Inject
    private PartnershipLists lists;

    @Inject
    private AssuranceChecks assurance;

    @Inject
    private jakarta.servlet.ServletContext servletContext;

    // HTTP/1.1: the client's default upgrade to HTTP/2 over plain http left the server's response unread.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    private ReviewService reviews;

    @Inject
    private uk.safeguarding.reviews.review.application.ReviewAssignments people;

    @Inject
    private ClockService clocks;

    @Inject
    private uk.safeguarding.reviews.clocks.application.ClockRulesService clockRules;

    @Inject
    private PartnershipTimescales timescales;

    @Inject
    private AuditTrail audit;

    @Inject
    private uk.safeguarding.reviews.web.home.WorkList work;

    @Inject
    private jakarta.transaction.UserTransaction tx;

    @Test
    void aRapidReviewRecommendingOneCommencesAPracticeReviewWhoseLeadReviewerIsAppointedToTheSpecification()
            throws Exception {
        ActiveTenant partnership = tenants.provision("it-cspr");
        String rapidReviewId = cases.settledRapidReview(partnership, MANAGER,
                Recommendation.CHILD_SAFEGUARDING_PRACTICE_REVIEW);
        LocalDate today = LocalDate.now(CLOCK.withZone(ProductClock.UK));

        CommencementOffer offer = as(partnership, MANAGER, () -> commencements.offerAfter(rapidReviewId)).orElseThrow();
        assertTrue(offer.recommendsPracticeReview() && offer.mayCommence(), offer.toString());
        assertNull(offer.commenced());
        assertFalse(as(partnership, PANEL, () -> commencements.offerAfter(rapidReviewId)).orElseThrow().mayCommence(),
                "the decision is recorded by the business manager");
        assertThrows(AccessDeniedException.class, () -> as(partnership, PANEL,
                () -> commencements.commence(rapidReviewId, decision(today, false, "Learning"))));

        assertEquals("decidedOn", refusedField(() -> as(partnership, MANAGER,
                () -> commencements.commence(rapidReviewId, decision(null, false, "Learning")))));
        assertEquals("decidedOn", refusedField(() -> as(partnership, MANAGER,
                () -> commencements.commence(rapidReviewId, decision(today.plusDays(1), false, "Learning")))));
        assertEquals("rationale", refusedField(() -> as(partnership, MANAGER,
                () -> commencements.commence(rapidReviewId, decision(today, false, "  ")))));

        ReviewSummary practiceReview = as(partnership, MANAGER, () -> commencements.commence(rapidReviewId,
                decision(today, false, "Agencies did not share what they knew; the learning reaches beyond this case")));
        assertEquals(ReviewKind.CHILD_SAFEGUARDING_PRACTICE_REVIEW, practiceReview.kind());
        assertTrue(practiceReview.reference().startsWith("CSPR-"), practiceReview.reference());
        assertEquals("appointing", practiceReview.stage());
        ReviewSummary rapid = as(partnership, MANAGER, () -> reviews.view(rapidReviewId));
        assertEquals(rapid.referralId(), practiceReview.referralId(), "about the same child's referral");
        assertEquals(practiceReview.reference(), as(partnership, MANAGER, () -> commencements.offerAfter(rapidReviewId))
                .orElseThrow().commenced().reviewReference(), "the Rapid Review names the practice review after it");
        assertThrows(RefusedException.class, () -> as(partnership, MANAGER, () -> commencements.commence(rapidReviewId,
                decision(today, false, "Again"))), "one practice review per Rapid Review");

        // §8.1 and §4.2 table: both clocks count from the decision.
        LocalDate tenWorkingDays = as(partnership, MANAGER, () -> {
            tx.begin();
            try {
                return timescales.workingDays().addWorkingDays(today, 10).end();
            } finally {
                tx.rollback();
            }
        });
        List<ClockLine> started = as(partnership, MANAGER, () -> clocks.ofSubject("review", practiceReview.id()));
        ClockLine appointBy = clock(started, "lead-reviewer-appointed");
        assertEquals(tenWorkingDays, appointBy.dueDay(), "\u00a78.1: a lead reviewer within 10 working days");
        ClockLine complete = clock(started, "cspr-completion");
        assertEquals(6, complete.amount());
        assertEquals(ClockUnit.MONTHS, complete.unit());
        assertFalse(complete.dueDay().isBefore(today.plusMonths(6)), "\u00a74.2 table: 6 months, " + complete.dueDay());
        assertTrue(as(partnership, PANEL, () -> work.of(PANEL)).stream().anyMatch(t -> t.action().equals(
                "Appoint the lead reviewer") && t.reference().equals(practiceReview.reference())
                && t.dueBy() != null && tenWorkingDays.equals(t.dueBy().toLocalDate())), "the Virtual Panel's work list, due with the clock");

        // §8.1, §3.1: each missing part of the appointment is refused beside its field.
        List<String> specification = as(partnership, PANEL, () -> appointments.specification());
        assertFalse(specification.isEmpty(), "the shipped specification");
        assertEquals("criteria", refusedAppointment(partnership, practiceReview.id(), f -> f.setCriteriaConfirmed(specification.subList(1,
                specification.size()))));
        assertEquals("independent", refusedAppointment(partnership, practiceReview.id(), f -> f.setIndependent(false)));
        assertEquals("policyConfirmed", refusedAppointment(partnership, practiceReview.id(), f -> f.setPolicyConfirmed(false)));
        assertEquals("contractSignedOn", refusedAppointment(partnership, practiceReview.id(), f -> f.setContractSignedOn(today.plusDays(1))));
        assertEquals("contract", refusedAppointment(partnership, practiceReview.id(), f -> f.attachContract(null, null)));
        assertEquals("contract", refusedAppointment(partnership, practiceReview.id(), f -> f.attachContract("contract.exe", new byte[] {1})));
        assertThrows(AccessDeniedException.class, () -> as(partnership, LEAD, () -> appointments.appoint(
                practiceReview.id(), appointment(specification, today))), "a reviewer does not appoint");

        LeadReviewerView appointed = as(partnership, PANEL, () -> appointments.appoint(practiceReview.id(),
                appointment(specification, today)));
        assertEquals("Lena Lead", appointed.personName());
        assertEquals(specification, appointed.criteriaMet());
        assertEquals("conducting", as(partnership, MANAGER, () -> reviews.stage(practiceReview.id())).stage().key(),
                "the appointment moves the review on");
        assertEquals(RunningClock.State.MET, clock(as(partnership, MANAGER, () -> clocks.ofSubject("review",
                practiceReview.id())), "lead-reviewer-appointed").state());
        assertTrue(as(partnership, MANAGER, () -> people.ofReview(practiceReview.id())).stream()
                .anyMatch(a -> a.part() == ReviewPart.LEAD_REVIEWER && a.username().equals("lena.lead") && a.active()));
        assertEquals("%PDF-1.4 signed", new String(as(partnership, MANAGER,
                () -> appointments.contract(practiceReview.id())).content(), StandardCharsets.UTF_8));
        assertThrows(RefusedException.class, () -> as(partnership, PANEL, () -> appointments.appoint(
                practiceReview.id(), appointment(specification, today))), "one lead reviewer at a time");

        // Issue 14 §1: the lead reviewer sees this review and nothing of the Rapid Review before it.
        assertEquals(practiceReview.reference(), as(partnership, LEAD, () -> reviews.view(practiceReview.id())).reference());
        assertTrue(as(partnership, LEAD, () -> commencements.commencementOf(practiceReview.id())).isPresent());
        assertThrows(RecordNotFoundException.class, () -> as(partnership, LEAD, () -> reviews.view(rapidReviewId)));
        assertThrows(RecordNotFoundException.class, () -> as(partnership, LEAD,
                () -> commencements.offerAfter(rapidReviewId)));
        assertThrows(AccessDeniedException.class, () -> as(partnership, LEAD,
                () -> appointments.contract(practiceReview.id())), "the contract is the panel's");

        // §8.3, §4.2 table: the agreed report meets the 6 months and the review moves on to publication.
        as(partnership, MANAGER, () -> learning.agree(practiceReview.id(), report(today)));
        var reported = as(partnership, MANAGER, () -> reviews.stage(practiceReview.id())).stage();
        assertEquals("reported", reported.key());
        assertTrue(reported.allows(uk.safeguarding.reviews.review.domain.kind.Capability.PUBLICATION));
        assertEquals(RunningClock.State.MET, clock(as(partnership, MANAGER, () -> clocks.ofSubject("review",
                practiceReview.id())), "cspr-completion").state());

        // Another partnership finds nothing, and its trail says who tried.
        ActiveTenant neighbour = tenants.provision("it-cspr-other");
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER,
                () -> commencements.commencementOf(practiceReview.id())));
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER,
                () -> appointments.of(practiceReview.id())));
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER,
                () -> commencements.commence(rapidReviewId, decision(today, true, "Commissioned"))));
        assertTrue(as(neighbour, MANAGER, () -> audit.historyOf("practice-review", rapidReviewId)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED && "pr.manager".equals(e.actor())));
        assertTrue(as(partnership, MANAGER, () -> audit.historyOf("practice-review", practiceReview.id())).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.ALLOWED && e.detail().contains("decided by the partners")));
    }

    /**
     * §8.3: the lead reviewer writes the report in the product, section by section, each save a
     * version; the referral's names in the text are listed as warnings; the review group's agreement
     * is refused while a section is unwritten or the executive summary runs past two A4 pages
     * (saying how many), and once recorded it is the review's agreed report: the 6-month clock is met
     * and the review moves on to publication. The lead reviewer finds nothing of another review, nor
     * does another partnership of this one.
     */
    @Test
    void theLeadReviewerWritesTheReportInVersionsAndTheReviewGroupAgreesOneWhoseSummaryFitsTwoPages()
            throws Exception {
        ActiveTenant partnership = tenants.provision("it-cspr-written");
        String rapidReviewId = cases.settledRapidReview(partnership, MANAGER,
                Recommendation.CHILD_SAFEGUARDING_PRACTICE_REVIEW);
        LocalDate today = LocalDate.now(CLOCK.withZone(ProductClock.UK));
        String id = as(partnership, MANAGER, () -> commencements.commence(rapidReviewId,
                decision(today, false, "Agencies did not share what they knew"))).id();
        assertThrows(RefusedException.class, () -> as(partnership, MANAGER, () -> written.save(id,
                reportDraft(today, "Summary", "Jamie Smith was seen"))), "no report while the reviewer is appointed");
        assertThrows(RecordNotFoundException.class, () -> as(partnership, LEAD, () -> written.of(id)),
                "not assigned yet, the lead reviewer-to-be finds nothing");
        as(partnership, PANEL, () -> appointments.appoint(id, appointment(as(partnership, PANEL,
                () -> appointments.specification()), today)));

        assertTrue(as(partnership, LEAD, () -> work.of(LEAD)).stream().anyMatch(t -> t.action().equals(
                "Write the review's report") && t.dueBy() != null), "in the lead reviewer's work list, due with the"
                        + " 6-month clock");
        // A first version may leave sections for later; the child's name from the referral is a warning.
        WrittenReportForm partial = new WrittenReportForm();
        partial.getSections().put("what-happened", "Jamie Smith was seen by the school nurse twice.");
        partial.getRecommendations().add(smartRow("Share school nurse concerns with the GP", today.plusMonths(3)));
        WrittenReportView first = as(partnership, LEAD, () -> written.save(id, partial));
        assertEquals(1, first.latest().version());
        assertEquals(7, first.latest().unwritten().size(), first.latest().unwritten().toString());
        assertTrue(first.warnings().stream().anyMatch(w -> w.contains("\u201cJamie Smith\u201d")
                && w.contains("What happened")), first.warnings().toString());
        assertTrue(first.mayWrite() && !first.mayAgree(), "the lead reviewer writes; the business unit records");
        assertThrows(RefusedException.class, () -> as(partnership, MANAGER, () -> written.agree(id,
                agreementOf(today))), "\u00a78.3: every section first");
        WrittenReportForm unfinished = reportDraft(today, "Summary", "Child A was seen");
        unfinished.getRecommendations().get(0).setMeasure(" ");
        assertEquals("recommendation-1-measure", refusedField(() -> as(partnership, LEAD,
                () -> written.save(id, unfinished))));

        // A summary of three A4 pages or more is refused at agreement, saying how many.
        String longSummary = "The agencies around the family each held part of the picture and none held it all. "
                .repeat(120);
        WrittenReportView second = as(partnership, LEAD, () -> written.save(id, reportDraft(today, longSummary,
                "Child A was seen")));
        assertEquals(2, second.latest().version());
        assertTrue(second.summaryPages() >= 3 && second.summaryTooLong(), "pages: " + second.summaryPages());
        assertTrue(second.warnings().isEmpty(), second.warnings().toString());
        RefusedException notSent = assertThrows(RefusedException.class, () -> as(partnership, MANAGER,
                () -> written.agree(id, agreementOf(today))));
        assertTrue(notSent.getMessage().contains("factual accuracy"), notSent.getMessage());

        // §8.3: the draft goes to the contributing agencies for factual accuracy, 10 working days each.
        AccuracyView before = as(partnership, MANAGER, () -> accuracy.of(id));
        String police = before.agencies().stream().filter(a -> a.name().equals("Police agency")).findFirst()
                .orElseThrow().id();
        String health = before.agencies().stream().filter(a -> a.name().equals("Health (ICB) agency")).findFirst()
                .orElseThrow().id();
        assertEquals("agencies", refusedField(() -> as(partnership, MANAGER, () -> accuracy.circulate(id, List.of()))));
        assertThrows(AccessDeniedException.class, () -> as(partnership, LEAD, () -> accuracy.circulate(id,
                List.of(police))), "the business unit sends it");
        AccuracyView sent = as(partnership, MANAGER, () -> accuracy.circulate(id, List.of(police, health)));
        assertEquals(2, sent.requests().size());
        LocalDate tenWorkingDays = as(partnership, MANAGER, () -> {
            tx.begin();
            try {
                return timescales.workingDays().addWorkingDays(today, 10).end();
            } finally {
                tx.rollback();
            }
        });
        assertTrue(sent.requests().stream().allMatch(r -> r.dueOn().equals(tenWorkingDays) && r.version() == 2),
                sent.requests().toString());
        assertEquals("agencies", refusedField(() -> as(partnership, MANAGER, () -> accuracy.circulate(id,
                List.of(police)))), "each agency once a version");
        Caller policeContact = new Caller("fixture.police", "Police contact", Set.of(Role.AGENCY_CONTRIBUTOR));
        Caller healthContact = new Caller("fixture.health", "Health contact", Set.of(Role.AGENCY_CONTRIBUTOR));
        Caller otherContact = new Caller("fixture.la", "Council contact", Set.of(Role.AGENCY_CONTRIBUTOR));
        AccuracyTask policeTask = as(partnership, policeContact, () -> accuracy.forMe(10)).get(0);
        assertTrue(as(partnership, policeContact, () -> work.of(policeContact)).stream().anyMatch(t -> t.action()
                .startsWith("Check the draft report for factual accuracy") && t.dueBy() != null
                && t.dueBy().toLocalDate().equals(tenWorkingDays)), "in the agency's work list, due with its clock");
        AccuracyTask read = as(partnership, policeContact, () -> accuracy.task(policeTask.id()));
        assertTrue(read.parts().stream().anyMatch(p -> p.key().equals("what-happened")
                && p.text().equals("Child A was seen")), read.parts().toString());
        assertThrows(RecordNotFoundException.class, () -> as(partnership, otherContact,
                () -> accuracy.task(policeTask.id())), "another agency's contact finds nothing");
        AccuracyResponseForm answer = new AccuracyResponseForm();
        answer.getComments().get(0).setPart("what-happened");
        answer.getComments().get(0).setText("The nurse saw the child three times, not twice.");
        as(partnership, policeContact, () -> accuracy.respond(policeTask.id(), answer));
        assertEquals(RunningClock.State.MET, as(partnership, MANAGER, () -> clocks.ofSubject("accuracy-request",
                policeTask.id())).get(0).state(), "the answer meets the agency's clock");
        AccuracyResponseForm none = new AccuracyResponseForm();
        none.setNoComments(true);
        as(partnership, healthContact, () -> accuracy.respond(as(partnership, healthContact,
                () -> accuracy.forMe(10)).get(0).id(), none));
        assertTrue(as(partnership, MANAGER, () -> work.of(MANAGER)).stream().anyMatch(t -> t.action().equals(
                "Put the agencies' comments to the review group")), "the business unit's task");
        RefusedException toConsider = assertThrows(RefusedException.class, () -> as(partnership, MANAGER,
                () -> written.agree(id, agreementOf(today))));
        assertTrue(toConsider.getMessage().contains("1 comment is not yet accepted"), toConsider.getMessage());
        String commentId = as(partnership, LEAD, () -> accuracy.of(id)).comments().get(0).id();
        assertEquals("reason", refusedField(() -> as(partnership, MANAGER, () -> accuracy.dispose(id, commentId,
                AccuracyComment.Disposal.NOT_ACCEPTED, " "))));
        as(partnership, MANAGER, () -> accuracy.dispose(id, commentId, AccuracyComment.Disposal.ACCEPTED, null));
        String log = wordText(as(partnership, MANAGER, () -> written.document(id, WrittenReports.Part.COMMENTS,
                false)).content());
        assertTrue(log.contains("The nurse saw the child three times, not twice.") && log.contains("Accepted")
                && log.contains("Police agency"), "\u00a78.3: the comments log, " + log);

        RefusedException tooLong = assertThrows(RefusedException.class, () -> as(partnership, MANAGER,
                () -> written.agree(id, agreementOf(today))));
        assertTrue(tooLong.getMessage().contains("runs to " + second.summaryPages() + " A4 pages"),
                tooLong.getMessage());
        assertThrows(AccessDeniedException.class, () -> as(partnership, LEAD, () -> written.agree(id,
                agreementOf(today))), "the business unit records the review group's agreement");

        WrittenReportView third = as(partnership, LEAD, () -> written.save(id, reportDraft(today,
                "The agencies each held part of the picture.", "Child A was seen")));
        assertEquals(1, third.summaryPages());
        assertEquals(List.of(3, 2, 1), third.versions().stream().map(WrittenReportView.VersionLine::version).toList());
        WrittenReportView agreed = as(partnership, MANAGER, () -> written.agree(id, agreementOf(today)));
        assertTrue(agreed.latest().agreed());
        assertFalse(agreed.mayWrite(), "the agreed report is not changed");
        assertThrows(RefusedException.class, () -> as(partnership, LEAD, () -> written.save(id, reportDraft(today,
                "Changed", "Child A"))));

        // §8.3: the three statutory partners sign it off; a decline goes to the Safeguarding Executive (§7.12).
        assertEquals("conducting", as(partnership, MANAGER, () -> reviews.stage(id)).stage().key(),
                "not complete until the partners have signed it off");
        assertTrue(as(partnership, MANAGER, () -> learning.of(id)).isEmpty());
        Caller council = new Caller("fixture.la", "Lee Council", Set.of(Role.STATUTORY_PARTNER));
        Caller policeLead = new Caller("fixture.police", "Pat Police", Set.of(Role.STATUTORY_PARTNER));
        Caller healthLead = new Caller("fixture.health", "Hana Health", Set.of(Role.STATUTORY_PARTNER));
        Caller executive = new Caller("fixture.executive", "Eve Executive", Set.of(Role.EXECUTIVE));
        SignOffView waiting = as(partnership, council, () -> signOffs.of(id));
        assertEquals(List.of("Local Authority", "Police", "Health (ICB)"), waiting.partners().stream()
                .map(SignOffView.Line::partner).toList());
        assertEquals(List.of("Local Authority"), waiting.mayAnswerFor(), "each representative signs for their own");
        assertTrue(as(partnership, healthLead, () -> work.of(healthLead)).stream().anyMatch(t -> t.action().equals(
                "Sign off the report for Health (ICB)")), "in the partner's work list");
        assertThrows(RecordNotFoundException.class, () -> as(partnership, executive, () -> signOffs.of(id)),
                "nothing is escalated yet");
        as(partnership, council, () -> signOffs.answer(id, signOff(null, ReportSignOff.Answer.SIGNED_OFF, null)));
        assertThrows(RefusedException.class, () -> as(partnership, council, () -> signOffs.answer(id,
                signOff(null, ReportSignOff.Answer.SIGNED_OFF, null))), "once");
        assertThrows(RecordNotFoundException.class, () -> as(partnership, council, () -> signOffs.answer(id,
                signOff("Police", ReportSignOff.Answer.SIGNED_OFF, null))), "not for another partner");
        assertEquals("reason", refusedField(() -> as(partnership, policeLead, () -> signOffs.answer(id,
                signOff(null, ReportSignOff.Answer.DECLINED, " ")))));
        as(partnership, policeLead, () -> signOffs.answer(id, signOff(null, ReportSignOff.Answer.DECLINED,
                "The recommendation on police call-outs cannot be met by March")));
        assertTrue(as(partnership, executive, () -> work.of(executive)).stream().anyMatch(t -> t.action().equals(
                "Decide on Police's declined sign-off")), "escalated to the Safeguarding Executive");
        SignOffView escalated = as(partnership, executive, () -> signOffs.of(id));
        String declined = escalated.mayDecide().get(0).signOffId();
        assertEquals("executiveReason", refusedField(() -> as(partnership, executive, () -> signOffs.decide(id,
                declined, decision(ReportSignOff.ExecutiveDecision.RETURN_TO_THE_REVIEW_GROUP, null)))));
        assertThrows(AccessDeniedException.class, () -> as(partnership, MANAGER, () -> signOffs.decide(id, declined,
                decision(ReportSignOff.ExecutiveDecision.SIGN_OFF_FOR_THE_PARTNERSHIP, "Fine"))));
        as(partnership, executive, () -> signOffs.decide(id, declined, decision(
                ReportSignOff.ExecutiveDecision.RETURN_TO_THE_REVIEW_GROUP, "Give the police recommendation a date"
                        + " it can meet")));

        // Returned, the next version is written, agreed and signed off in its place.
        WrittenReportForm fourth = reportDraft(today, "The agencies each held part of the picture.", "Child A was seen");
        fourth.getRecommendations().get(0).setDueBy(today.plusMonths(9));
        assertEquals(4, as(partnership, LEAD, () -> written.save(id, fourth)).latest().version());
        as(partnership, MANAGER, () -> written.agree(id, agreementOf(today)));
        for (Caller partner : List.of(council, policeLead, healthLead)) {
            as(partnership, partner, () -> signOffs.answer(id, signOff(null, ReportSignOff.Answer.SIGNED_OFF, null)));
        }
        SignOffView signedOff = as(partnership, MANAGER, () -> signOffs.of(id));
        assertTrue(signedOff.complete() && signedOff.required(), "the answers stay on show once the review moved on");
        assertEquals("reported", as(partnership, MANAGER, () -> reviews.stage(id)).stage().key());
        assertEquals(RunningClock.State.MET, clock(as(partnership, MANAGER, () -> clocks.ofSubject("review", id)),
                "cspr-completion").state(), "\u00a74.2 table: met at the last sign-off");
        var record = as(partnership, MANAGER, () -> learning.of(id)).orElseThrow();
        assertEquals(List.of("Share school nurse concerns with the GP"), record.recommendations());
        assertTrue(record.fileName().endsWith("-v4.pdf"), record.fileName());
        assertTrue(new String(as(partnership, MANAGER, () -> learning.file(id)).content(), 0, 5,
                StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertThrows(RefusedException.class, () -> as(partnership, LEAD, () -> written.save(id, reportDraft(today,
                "Changed", "Child A"))));
        FamilyForm father = new FamilyForm();
        father.setName("Sam Doe");
        father.setRelationship("father");
        String fatherId = as(partnership, MANAGER, () -> family.add(id, father)).members().get(0).id();
        FamilyForm notInvolved = new FamilyForm();
        notInvolved.setMemberId(fatherId);
        notInvolved.setInvolvement(FamilyMember.Involvement.NOT_INVOLVED);
        notInvolved.setDecidedOn(today);
        notInvolved.setReasons("Bail conditions forbid contact with the family");
        as(partnership, MANAGER, () -> family.decide(id, notInvolved));
        String reportText = wordText(as(partnership, LEAD, () -> written.document(id, WrittenReports.Part.REPORT,
                false)).content());
        assertTrue(reportText.contains("Appendix: how the family was involved") && reportText.contains("father")
                && reportText.contains("Bail conditions forbid contact with the family"), "\u00a76: " + reportText);
        assertFalse(reportText.contains("Sam Doe"), "by relationship, never by name");
        assertTrue(as(partnership, MANAGER, () -> audit.historyOf("written-report", id)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.ALLOWED && "lena.lead".equals(e.actor())
                        && e.detail().contains("version 4 saved")), "each version's saving is in the trail");
        assertTrue(as(partnership, MANAGER, () -> audit.historyOf("written-report", id)).stream()
                .anyMatch(e -> "pr.manager".equals(e.actor()) && e.detail().contains("version 4 agreed")));
        assertTrue(as(partnership, MANAGER, () -> audit.historyOf("report-sign-off", id)).stream()
                .anyMatch(e -> "fixture.police".equals(e.actor()) && e.detail().contains("declined for Police")));

        // §8.3: published, with the agreed text as the accessible web page beside the redacted PDF.
        cases.reportAgreedDaysAgo(partnership, id, 30);
        PublicationForm publishing = new PublicationForm();
        publishing.setPublish(true);
        publishing.setDecidedOn(today.minusDays(20));
        as(partnership, MANAGER, () -> publications.decide(id, publishing));
        PublicationForm plan = new PublicationForm();
        plan.setTitle("Child A: a child safeguarding practice review");
        plan.setPlannedOn(today.plusDays(7));
        as(partnership, MANAGER, () -> publications.plan(id, plan));
        PublicationForm copy = new PublicationForm();
        copy.setPanelCopySentOn(today.minusDays(10));
        as(partnership, MANAGER, () -> publications.panelCopySent(id, copy));
        PublicationForm file = new PublicationForm();
        file.attachFile("child-a-redacted.pdf", "%PDF-1.4 redacted".getBytes(StandardCharsets.UTF_8));
        as(partnership, MANAGER, () -> publications.attach(id, file));
        assertTrue(as(partnership, MANAGER, () -> publications.webVersion(id)).webPage());
        PublicationForm online = new PublicationForm();
        online.setPublishedOn(today);
        PublicationView published = as(partnership, MANAGER, () -> publications.published(id, online));
        HttpResponse<String> list = get("published/it-cspr-written");
        assertTrue(list.body().contains("published/it-cspr-written/" + published.publicId() + "/page"), list.body());
        HttpResponse<String> webPage = get("published/it-cspr-written/" + published.publicId() + "/page");
        assertEquals(200, webPage.statusCode());
        assertTrue(webPage.body().contains("<h1>Child A: a child safeguarding practice review</h1>")
                && webPage.body().contains("<h2>Executive summary</h2>")
                && webPage.body().contains("The agencies each held part of the picture.")
                && webPage.body().contains("<li>Share school nurse concerns with the GP (Health (ICB), by "),
                webPage.body());
        assertFalse(webPage.body().contains(id) || webPage.body().contains("CSPR-"), "nothing names the review");
        assertEquals(404, get("published/it-cspr-written/" + published.publicId() + "/other").statusCode());

        // Need to know, and tenancy: nothing of another review, nothing from another partnership.
        assertThrows(RecordNotFoundException.class, () -> as(partnership, LEAD, () -> written.of(rapidReviewId)));
        assertThrows(RecordNotFoundException.class, () -> as(partnership, LEAD, () -> written.document(rapidReviewId,
                WrittenReports.Part.SUMMARY, true)));
        ActiveTenant neighbour = tenants.provision("it-cspr-written-other");
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER, () -> written.of(id)));
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER, () -> written.document(id,
                WrittenReports.Part.REPORT, true)));
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER, () -> accuracy.of(id)));
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER, () -> signOffs.of(id)));
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, policeLead, () -> signOffs.answer(id,
                signOff(null, ReportSignOff.Answer.SIGNED_OFF, null))), "nor a partner of another partnership");
        assertTrue(as(neighbour, MANAGER, () -> audit.historyOf("report-sign-off", id)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED && "pr.manager".equals(e.actor())));
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, policeContact,
                () -> accuracy.task(policeTask.id())), "nor does an agency contact of another partnership");
        assertTrue(as(neighbour, MANAGER, () -> audit.historyOf("written-report", id)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED && "pr.manager".equals(e.actor())));
    }

    /**
     * §5.3: a Good Outcome Review agrees what made the difference and what others can learn, then
     * shares it: each step refused beside what it lacks, the stage moving on with each, and the review
     * complete once the learning has been shared; another partnership finds nothing.
     */
    @Test
    void aGoodOutcomeReviewAgreesItsLearningAndIsCompleteOnceItIsShared() {
        ActiveTenant partnership = tenants.provision("it-gor-learning");
        String review = cases.goodOutcomeReviewOf(partnership, MANAGER);
        LocalDate today = LocalDate.now(CLOCK.withZone(ProductClock.UK));
        assertEquals("review", as(partnership, MANAGER, () -> reviews.stage(review)).stage().key());
        GoodPracticeView before = as(partnership, MANAGER, () -> goodPractice.of(review));
        assertTrue(before.maySummarise() && !before.mayShare());
        assertThrows(RefusedException.class, () -> as(partnership, MANAGER, () -> goodPractice.shared(review,
                occasion(today, "Practitioner forum"))), "the summary comes first");

        GoodPracticeForm summary = summary(today);
        summary.setFurtherImprovement(" ");
        assertEquals("furtherImprovement", refusedField(() -> as(partnership, MANAGER,
                () -> goodPractice.summarise(review, summary))));
        summary.setFurtherImprovement("Bring the GP in from the start");
        summary.setAgreedOn(today.plusDays(1));
        assertEquals("agreedOn", refusedField(() -> as(partnership, MANAGER,
                () -> goodPractice.summarise(review, summary))));
        summary.setAgreedOn(today);
        assertThrows(AccessDeniedException.class, () -> as(partnership, PANEL, () -> goodPractice.summarise(review,
                summary)), "the business unit records it");
        GoodPracticeView agreed = as(partnership, MANAGER, () -> goodPractice.summarise(review, summary));
        assertEquals("Bring the GP in from the start", agreed.summary().furtherImprovement());
        assertEquals("disseminating", as(partnership, MANAGER, () -> reviews.stage(review)).stage().key());
        assertThrows(RefusedException.class, () -> as(partnership, MANAGER, () -> goodPractice.disseminated(review)),
                "not before it was shared once");
        assertEquals("method", refusedField(() -> as(partnership, MANAGER, () -> {
            GoodPracticeForm noHow = occasion(today, "Practitioner forum");
            noHow.setMethod(null);
            return goodPractice.shared(review, noHow);
        })));
        GoodPracticeView shared = as(partnership, MANAGER, () -> goodPractice.shared(review,
                occasion(today, "Practitioner forum")));
        assertEquals(1, shared.shared().size());
        GoodPracticeView done = as(partnership, MANAGER, () -> goodPractice.disseminated(review));
        assertTrue(done.completed());
        assertEquals("completed", as(partnership, MANAGER, () -> reviews.stage(review)).stage().key());

        ActiveTenant neighbour = tenants.provision("it-gor-learning-other");
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER, () -> goodPractice.of(review)));
        assertTrue(as(neighbour, MANAGER, () -> audit.historyOf("good-practice-learning", review)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED && "pr.manager".equals(e.actor())));
        assertTrue(as(partnership, MANAGER, () -> audit.historyOf("good-practice-learning", review)).stream()
                .anyMatch(e -> e.detail().contains("shared on") && e.detail().contains("Practitioner forum")));
    }

    /**
     * §7.12: a Rapid Review settled on "another type of local review or learning event" leads to one:
     * the business manager records the partners' decision and opens a local case review, its 45
     * working days counted from the decision; one per Rapid Review, and none after another outcome.
     */
    @Test
    void aRapidReviewSettledOnAnotherLocalReviewOpensALocalCaseReviewFromTheDecision() throws Exception {
        ActiveTenant partnership = tenants.provision("it-rr-local");
        String rapidReviewId = cases.settledRapidReview(partnership, MANAGER, Recommendation.OTHER_LOCAL_REVIEW);
        LocalDate today = LocalDate.now(CLOCK.withZone(ProductClock.UK));
        LocalReviewOffer offer = as(partnership, MANAGER, () -> localReviews.offerAfter(rapidReviewId)).orElseThrow();
        assertTrue(offer.recommendsLocalReview() && offer.mayOpen(), offer.toString());
        assertFalse(as(partnership, PANEL, () -> localReviews.offerAfter(rapidReviewId)).orElseThrow().mayOpen());
        assertEquals("localKind", refusedField(() -> as(partnership, MANAGER, () -> localReviews.open(rapidReviewId,
                "rapid-review", today, "Learning for two agencies"))));
        assertEquals("localRationale", refusedField(() -> as(partnership, MANAGER, () -> localReviews.open(
                rapidReviewId, "local-case-review", today, " "))));
        assertEquals("localDecidedOn", refusedField(() -> as(partnership, MANAGER, () -> localReviews.open(
                rapidReviewId, "local-case-review", today.plusDays(1), "Learning for two agencies"))));
        ReviewSummary local = as(partnership, MANAGER, () -> localReviews.open(rapidReviewId, "local-case-review",
                today, "Learning for two agencies; a full practice review would not be proportionate"));
        assertEquals(ReviewKind.LOCAL_CASE_REVIEW, local.kind());
        LocalDate fortyFive = as(partnership, MANAGER, () -> {
            tx.begin();
            try {
                return timescales.workingDays().addWorkingDays(today, 45).end();
            } finally {
                tx.rollback();
            }
        });
        assertEquals(fortyFive, clock(as(partnership, MANAGER, () -> clocks.ofSubject("review", local.id())),
                "local-case-review").dueDay(), "\u00a74.2 table: 45 working days from the decision");
        LocalReviewOffer after = as(partnership, MANAGER, () -> localReviews.offerAfter(rapidReviewId)).orElseThrow();
        assertEquals(local.reference(), after.openedReference());
        assertFalse(after.mayOpen());
        assertThrows(RefusedException.class, () -> as(partnership, MANAGER, () -> localReviews.open(rapidReviewId,
                "good-outcome-review", today, "Again")), "one per Rapid Review");

        ActiveTenant neighbour = tenants.provision("it-rr-local-other");
        String noAction = cases.settledRapidReview(neighbour, MANAGER, Recommendation.NO_FURTHER_ACTION);
        assertThrows(RefusedException.class, () -> as(neighbour, MANAGER, () -> localReviews.open(noAction,
                "local-case-review", today, "Learning")), "only after that outcome");
        assertFalse(as(neighbour, MANAGER, () -> localReviews.offerAfter(noAction)).orElseThrow()
                .recommendsLocalReview());
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER,
                () -> localReviews.offerAfter(rapidReviewId)));
        assertTrue(as(neighbour, MANAGER, () -> audit.historyOf("follow-on-review", rapidReviewId)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED && "pr.manager".equals(e.actor())));
    }

    /**
     * §8.2: the review group's and the case group's meetings are planned with a day, a place and an
     * agenda, and recorded once held with who attended, the notes and the actions; the case group's
     * members are the people given that part on the review; each refusal beside its box, and another
     * partnership finds nothing.
     */
    @Test
    void theReviewGroupAndTheCaseGroupMeetAndTheirMeetingsAreRecorded() {
        ActiveTenant partnership = tenants.provision("it-cspr-groups");
        String rapidReviewId = cases.settledRapidReview(partnership, MANAGER,
                Recommendation.CHILD_SAFEGUARDING_PRACTICE_REVIEW);
        LocalDate today = LocalDate.now(CLOCK.withZone(ProductClock.UK));
        String id = as(partnership, MANAGER, () -> commencements.commence(rapidReviewId,
                decision(today, false, "Agencies did not share what they knew"))).id();
        uk.safeguarding.reviews.review.application.AssignmentForm practitioner =
                new uk.safeguarding.reviews.review.application.AssignmentForm();
        practitioner.setUsername("sam.nurse");
        practitioner.setPersonName("Sam Nurse");
        practitioner.setPart(ReviewPart.CASE_GROUP_MEMBER);
        as(partnership, MANAGER, () -> people.assign(id, practitioner));

        GroupMeetingForm plan = new GroupMeetingForm();
        plan.setGroup("CASE_GROUP");
        plan.setMeetsOn(today);
        plan.setPlace("Room 2, Civic Centre");
        assertEquals("agenda", refusedField(() -> as(partnership, MANAGER, () -> groupMeetings.plan(id, plan))));
        plan.setAgenda("1. The timeline\n2. What helped and what got in the way");
        plan.setMeetsOn(today.minusYears(1));
        assertEquals("meetsOn", refusedField(() -> as(partnership, MANAGER, () -> groupMeetings.plan(id, plan))),
                "not before the review opened");
        plan.setMeetsOn(today);
        assertThrows(RecordNotFoundException.class, () -> as(partnership, LEAD, () -> groupMeetings.plan(id, plan)),
                "a reviewer not given this review finds nothing");
        GroupsView planned = as(partnership, MANAGER, () -> groupMeetings.plan(id, plan));
        GroupsView.GroupLine caseGroup = planned.groups().stream().filter(g -> g.key().equals("CASE_GROUP"))
                .findFirst().orElseThrow();
        assertEquals(List.of("Sam Nurse (case group member)"), caseGroup.members());
        assertEquals(1, planned.plannedMeetings().size());

        GroupMeetingForm held = new GroupMeetingForm();
        held.setMeetingId(planned.plannedMeetings().get(0).id());
        held.setNotes("The school's concerns reached no one outside it");
        assertEquals("attendees", refusedField(() -> as(partnership, MANAGER, () -> groupMeetings.held(id, held))));
        held.setOthersPresent("Sam Nurse, school nurse\nPat Police, response officer");
        held.getActions().get(0).setAction("Draw the timeline of school contacts");
        assertEquals("action-1-owner", refusedField(() -> as(partnership, MANAGER, () -> groupMeetings.held(id,
                held))));
        held.getActions().get(0).setOwner("Lead reviewer");
        held.getActions().get(0).setDueBy(today.plusDays(14));
        GroupsView recorded = as(partnership, MANAGER, () -> groupMeetings.held(id, held));
        GroupsView.MeetingLine meeting = recorded.groups().stream().filter(g -> g.key().equals("CASE_GROUP"))
                .findFirst().orElseThrow().meetings().get(0);
        assertTrue(meeting.held());
        assertEquals(List.of("Sam Nurse, school nurse", "Pat Police, response officer"), meeting.attendees());
        assertTrue(meeting.actions().get(0).startsWith("Draw the timeline of school contacts (Lead reviewer, by "));
        assertThrows(RefusedException.class, () -> as(partnership, MANAGER, () -> groupMeetings.held(id, held)),
                "recorded once");

        ActiveTenant neighbour = tenants.provision("it-cspr-groups-other");
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER, () -> groupMeetings.of(id)));
        assertTrue(as(neighbour, MANAGER, () -> audit.historyOf("group-meeting", id)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED && "pr.manager".equals(e.actor())));
        assertTrue(as(partnership, MANAGER, () -> audit.historyOf("group-meeting", id)).stream()
                .anyMatch(e -> e.detail().contains("case group meeting") && e.detail().contains("held: 2 present")));
    }

    @Test
    void aRapidReviewSettledOnAnotherOutcomeCommencesOneOnlyWhenTheNationalPanelCommissionedIt() {
        ActiveTenant partnership = tenants.provision("it-cspr-commissioned");
        String rapidReviewId = cases.settledRapidReview(partnership, MANAGER, Recommendation.NO_FURTHER_ACTION);
        LocalDate today = LocalDate.now(CLOCK.withZone(ProductClock.UK));
        CommencementOffer offer = as(partnership, MANAGER, () -> commencements.offerAfter(rapidReviewId)).orElseThrow();
        assertFalse(offer.recommendsPracticeReview());
        assertEquals(Recommendation.NO_FURTHER_ACTION.label(), offer.settledRecommendation());
        assertEquals("commissionedByNationalPanel", refusedField(() -> as(partnership, MANAGER,
                () -> commencements.commence(rapidReviewId, decision(today, false, "We think so")))),
                "\u00a75.2: after another outcome, only the National Panel's commission opens one");
        ReviewSummary commissioned = as(partnership, MANAGER, () -> commencements.commence(rapidReviewId,
                decision(today, true, "The National Panel asked for a review of information sharing")));
        assertTrue(as(partnership, MANAGER, () -> commencements.commencementOf(commissioned.id())).orElseThrow()
                .commissionedByNationalPanel());
    }

    /**
     * §4.2 table: a local case review completes when its written report and learning recommendations
     * are agreed, meeting its 45-working-day clock, and says how many working days it took.
     */
    @Test
    void aLocalCaseReviewCompletesWhenItsReportAndLearningAreAgreedAndSaysHowLongItTook() {
        ActiveTenant partnership = tenants.provision("it-lcr-report");
        String review = cases.localCaseReviewOf(partnership, MANAGER, cases.submittedReferral(partnership, null, null));
        LocalDate today = LocalDate.now(CLOCK.withZone(ProductClock.UK));
        assertEquals("findings", refusedReport(partnership, review, f -> f.setFindings(" ")));
        assertEquals("recommendations", refusedReport(partnership, review, f -> f.setRecommendations("\n \n")));
        assertEquals("recommendations", refusedReport(partnership, review, f -> f.setRecommendations("Same\nSame")));
        assertEquals("agreedBy", refusedReport(partnership, review, f -> f.setAgreedBy(null)));
        assertEquals("agreedOn", refusedReport(partnership, review, f -> f.setAgreedOn(today.plusDays(1))));
        assertEquals("report", refusedReport(partnership, review, f -> f.attachReport(null, null)));
        assertThrows(AccessDeniedException.class, () -> as(partnership, PANEL, () -> learning.agree(review,
                report(today))), "the business unit records it");

        var agreed = as(partnership, MANAGER, () -> learning.agree(review, report(today)));
        assertEquals(List.of("Share police call-outs with health visitors", "Joint visits after repeated police calls"),
                agreed.recommendations());
        assertEquals("completed", as(partnership, MANAGER, () -> reviews.stage(review)).stage().key());
        assertEquals(RunningClock.State.MET, clock(as(partnership, MANAGER, () -> clocks.ofSubject("review", review)),
                "local-case-review").state(), "\u00a74.2 table: inside its 45 working days");
        assertEquals(1, agreed.timeliness().size());
        var took = agreed.timeliness().get(0);
        assertEquals("local-case-review", took.ruleKey());
        assertEquals(45, took.workingDaysAllowed());
        assertEquals(0, took.workingDaysTaken(), "opened and agreed today");
        assertTrue(took.inTime());
        assertThrows(RefusedException.class, () -> as(partnership, MANAGER, () -> learning.agree(review,
                report(today))), "agreed once");
        assertEquals("%PDF-1.4 the report", new String(as(partnership, MANAGER, () -> learning.file(review)).content(),
                StandardCharsets.UTF_8));

        ActiveTenant neighbour = tenants.provision("it-lcr-report-other");
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER, () -> learning.of(review)));
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER, () -> learning.file(review)));
        assertTrue(as(neighbour, MANAGER, () -> audit.historyOf("learning-report", review)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED));
    }

    /**
     * §8.1: the business manager informs the National Panel of the decision, and of the lead reviewer
     * once one is appointed; the terms of reference are drafted, agreed by the review group and
     * signed off at the Practice Review Sub-Group, in versions, the lead reviewer drafting the next
     * version of their own review only.
     */
    @Test
    void thePanelIsInformedAndTheTermsOfReferenceAreSettledInVersions() {
        ActiveTenant partnership = tenants.provision("it-cspr-terms");
        String rapidReviewId = cases.settledRapidReview(partnership, MANAGER,
                Recommendation.CHILD_SAFEGUARDING_PRACTICE_REVIEW);
        LocalDate today = LocalDate.now(CLOCK.withZone(ProductClock.UK));
        ReviewSummary practiceReview = as(partnership, MANAGER, () -> commencements.commence(rapidReviewId,
                decision(today, false, "Agencies did not share what they knew")));
        String id = practiceReview.id();

        // §8.1: "as soon as it has been agreed": the business unit's task until it is recorded.
        assertTrue(as(partnership, MANAGER, () -> work.of(MANAGER)).stream().anyMatch(t -> t.action().equals(
                "Inform the National Panel of the decision") && t.reference().equals(practiceReview.reference())));
        assertEquals("withReviewerDetails", refusedField(() -> as(partnership, MANAGER,
                () -> commencements.panelInformed(id, today, true))), "no lead reviewer is appointed yet");
        assertEquals("informedOn", refusedField(() -> as(partnership, MANAGER,
                () -> commencements.panelInformed(id, today.plusDays(1), false))));
        assertThrows(AccessDeniedException.class, () -> as(partnership, PANEL,
                () -> commencements.panelInformed(id, today, false)), "the business manager informs the Panel");
        assertEquals(today, as(partnership, MANAGER, () -> commencements.panelInformed(id, today, false))
                .panelInformedOn());
        assertThrows(RefusedException.class, () -> as(partnership, MANAGER,
                () -> commencements.panelInformed(id, today, false)), "recorded once");
        assertFalse(as(partnership, MANAGER, () -> work.of(MANAGER)).stream().anyMatch(t -> t.action().equals(
                "Inform the National Panel of the decision") && t.reference().equals(practiceReview.reference())));

        // §8.2: every heading answered, and the questions of §8.3.
        assertEquals("questions", refusedField(() -> as(partnership, MANAGER, () -> terms.draft(id,
                terms("Six months", " ")))));
        assertEquals("legalAdvice", refusedField(() -> as(partnership, MANAGER, () -> {
            TermsForm form = terms("Six months", "Why?");
            form.setLegalAdvice(null);
            return terms.draft(id, form);
        })));
        TermsView first = as(partnership, MANAGER, () -> terms.draft(id, terms("Six months",
                "Why were the school's concerns not shared?\nHow was the child's voice heard?")));
        assertEquals(1, first.latest().orElseThrow().version());
        assertEquals(List.of("Why were the school's concerns not shared?", "How was the child's voice heard?"),
                first.latest().orElseThrow().questions());
        assertTrue(first.inForce().isEmpty());
        assertThrows(RefusedException.class, () -> as(partnership, MANAGER, () -> terms.signOff(id,
                signOff(today))), "\u00a78.1: the review group agrees them first");
        assertEquals("agreedBy", refusedField(() -> as(partnership, MANAGER, () -> {
            TermsForm form = agreement(today);
            form.setAgreedBy(" ");
            return terms.agree(id, form);
        })));
        assertEquals(TermsOfReference.State.AGREED, as(partnership, MANAGER, () -> terms.agree(id, agreement(today)))
                .latest().orElseThrow().state());
        assertEquals("chair", refusedField(() -> as(partnership, MANAGER, () -> {
            TermsForm form = signOff(today);
            form.setChair(null);
            return terms.signOff(id, form);
        })));
        TermsView signedOff = as(partnership, MANAGER, () -> terms.signOff(id, signOff(today)));
        assertEquals(1, signedOff.inForce().orElseThrow().version());
        assertEquals("Practice Review Sub-Group", signedOff.inForce().orElseThrow().signedOffAt());

        // Not assigned yet, the lead reviewer-to-be finds nothing; once appointed, they draft the next version.
        assertThrows(RecordNotFoundException.class, () -> as(partnership, LEAD, () -> terms.of(id)));
        List<String> specification = as(partnership, PANEL, () -> appointments.specification());
        as(partnership, PANEL, () -> appointments.appoint(id, appointment(specification, today)));
        assertEquals(today, as(partnership, MANAGER, () -> commencements.reviewerDetailsSent(id, today))
                .reviewerDetailsSentOn(), "\u00a78.1: the reviewer's details follow once known");
        TermsView asLead = as(partnership, LEAD, () -> terms.of(id));
        assertTrue(asLead.mayDraft() && !asLead.mayRecord(), "they draft; the business unit records agreement");
        TermsView second = as(partnership, LEAD, () -> terms.draft(id, terms("Seven months: the trial comes first",
                "Why were the school's concerns not shared?")));
        assertEquals(2, second.latest().orElseThrow().version());
        assertEquals(TermsOfReference.State.DRAFT, second.latest().orElseThrow().state());
        assertEquals(1, second.inForce().orElseThrow().version(), "version 1 stays in force until 2 is signed off");
        assertEquals(2, second.versions().size());
        assertThrows(AccessDeniedException.class, () -> as(partnership, LEAD, () -> terms.agree(id, agreement(today))));
        assertThrows(RecordNotFoundException.class, () -> as(partnership, LEAD, () -> terms.of(rapidReviewId)),
                "the lead reviewer finds nothing of another review");
        assertThrows(RecordNotFoundException.class, () -> as(partnership, LEAD, () -> terms.draft(rapidReviewId,
                terms("Six months", "Why?"))));

        // Another partnership finds nothing, and its trail says who tried.
        ActiveTenant neighbour = tenants.provision("it-cspr-terms-other");
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER, () -> terms.of(id)));
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER,
                () -> commencements.panelInformed(id, today, false)));
        assertTrue(as(neighbour, MANAGER, () -> audit.historyOf("terms-of-reference", id)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED && "pr.manager".equals(e.actor())));
        assertTrue(as(partnership, MANAGER, () -> audit.historyOf("practice-review", id)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.ALLOWED && e.detail().contains("National Panel informed")));
    }

    private static TermsForm terms(String timescales, String questions) {
        TermsForm form = new TermsForm();
        form.setTimescales(timescales);
        form.setFamilyInvolvement("The mother is invited to meet the lead reviewer; the father through his solicitor");
        form.setEvidence("A fuller report from each agency and interviews with the practitioners (\u00a77.7 item 2)");
        form.setPolicyAndProcedure("The partnership's neglect strategy; the school's safeguarding policy");
        form.setLegalAdvice("Data protection advice on sharing school records");
        form.setQuestions(questions);
        return form;
    }

    private static TermsForm agreement(LocalDate on) {
        TermsForm form = new TermsForm();
        form.setAgreedOn(on);
        form.setAgreedBy("Review group meeting");
        return form;
    }

    private static TermsForm signOff(LocalDate on) {
        TermsForm form = new TermsForm();
        form.setSignedOffOn(on);
        form.setMeeting("Practice Review Sub-Group");
        form.setChair("Priya Chair");
        return form;
    }

    /**
     * §8.3: a local case review's agreed report goes on the partnership's public page, no sign-in,
     * only once the National Panel had its copy a week before; it comes down before 12 months only
     * with a reason, and then the page no longer serves it. The public page shows nothing else of the
     * partnership, and another partnership's page nothing of this one.
     */
    @Test
    void aReportIsPublishedOnThePublicPageOnlyOnceTheNationalPanelHadItsCopyAWeekBefore() throws Exception {
        ActiveTenant partnership = tenants.provision("it-publish");
        String review = cases.localCaseReviewOf(partnership, MANAGER, cases.submittedReferral(partnership, null, null));
        cases.openedDaysAgo(partnership, review, 30);
        LocalDate today = LocalDate.now(CLOCK.withZone(ProductClock.UK));
        PublicationForm decision = new PublicationForm();
        decision.setDecidedOn(today.minusDays(20));
        assertThrows(RefusedException.class, () -> as(partnership, MANAGER, () -> publications.decide(review,
                decision)), "publication follows the agreed report");
        as(partnership, MANAGER, () -> learning.agree(review, report(today.minusDays(20))));
        assertEquals("publish", refusedField(() -> as(partnership, MANAGER, () -> publications.decide(review,
                decision))));
        decision.setPublish(true);
        assertThrows(AccessDeniedException.class, () -> as(partnership, PANEL, () -> publications.decide(review,
                decision)), "the business unit records it");
        assertEquals(Publication.Stage.PREPARING, as(partnership, MANAGER, () -> publications.decide(review,
                decision)).stage());

        PublicationForm plan = new PublicationForm();
        plan.setTitle("Child C: a local case review");
        plan.setPlannedOn(today.plusDays(3));
        assertEquals("plannedOn", refusedField(() -> as(partnership, MANAGER, () -> publications.plan(review, plan))),
                "the Panel's copy could not go a week before");
        plan.setPlannedOn(today.plusDays(7));
        as(partnership, MANAGER, () -> publications.plan(review, plan));
        ClockLine copyClock = clock(as(partnership, MANAGER, () -> clocks.ofSubject("review", review)),
                "national-panel-before-publication");
        assertEquals(today, copyClock.dueDay(), "\u00a78.3: counted back a week from the planned date");
        assertTrue(as(partnership, MANAGER, () -> work.of(MANAGER)).stream().anyMatch(t -> t.action().equals(
                "Send the report's copy to the National Panel") && t.dueBy() != null
                && today.equals(t.dueBy().toLocalDate())), "the business unit's task, due with the clock");

        // Issue 16: the planned date moves, with a reason; the Panel's copy is counted back again from
        // the new date (the first clock closed, saying why), and the move is on the record.
        PublicationForm move = new PublicationForm();
        move.setPlannedOn(today.plusDays(9));
        assertEquals("moveReason", refusedField(() -> as(partnership, MANAGER,
                () -> publications.movePlannedDate(review, move))));
        move.setMoveReason("The family asked for two more days");
        PublicationView moved = as(partnership, MANAGER, () -> publications.movePlannedDate(review, move));
        assertEquals(today.plusDays(9), moved.plannedOn());
        assertEquals(today.plusDays(7), moved.plannedMovedFrom());
        assertEquals(today.plusDays(2), moved.panelCopyDueBy(), "\u00a78.3: counted back a week from the new date");
        List<ClockLine> copyClocks = as(partnership, MANAGER, () -> clocks.ofSubject("review", review)).stream()
                .filter(c -> c.ruleKey().equals("national-panel-before-publication")).toList();
        assertEquals(List.of(RunningClock.State.RUNNING, RunningClock.State.CLOSED),
                copyClocks.stream().map(ClockLine::state).sorted().toList(), "the first closed, one counting: " + copyClocks);
        assertTrue(as(partnership, MANAGER, () -> audit.historyOf("publication", review)).stream().anyMatch(e ->
                e.detail() != null && e.detail().contains("moved from " + today.plusDays(7) + " to "
                        + today.plusDays(9) + ": The family asked for two more days")), "audited");
        ActiveTenant elsewhere = tenants.provision("it-publish-move-other");
        assertThrows(RecordNotFoundException.class, () -> as(elsewhere, MANAGER,
                () -> publications.movePlannedDate(review, move)));
        assertTrue(as(elsewhere, MANAGER, () -> audit.historyOf("publication", review)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED), "the attempt is audited there");

        PublicationForm file = new PublicationForm();
        file.attachFile("report.docx", "not a pdf".getBytes(StandardCharsets.UTF_8));
        assertEquals("file", refusedField(() -> as(partnership, MANAGER, () -> publications.attach(review, file))));
        file.attachFile("Child C report (redacted).pdf", "%PDF-1.4 redacted".getBytes(StandardCharsets.UTF_8));
        as(partnership, MANAGER, () -> publications.attach(review, file));
        assertEquals("webVersion", refusedField(() -> as(partnership, MANAGER, () -> publications.webVersion(review))),
                "a report uploaded as a file has no text to publish as a web page");

        PublicationForm publish = new PublicationForm();
        publish.setPublishedOn(today.minusDays(5));
        InvalidFieldException noCopy = assertThrows(InvalidFieldException.class, () -> as(partnership, MANAGER,
                () -> publications.published(review, publish)));
        assertTrue(noCopy.getMessage().startsWith("\u00a78.3"), noCopy.getMessage());
        PublicationForm copy = new PublicationForm();
        copy.setPanelCopySentOn(today.minusDays(10));
        as(partnership, MANAGER, () -> publications.panelCopySent(review, copy));
        assertEquals(RunningClock.State.MET, clock(as(partnership, MANAGER, () -> clocks.ofSubject("review", review)),
                "national-panel-before-publication").state());
        InvalidFieldException late = assertThrows(InvalidFieldException.class, () -> as(partnership, MANAGER,
                () -> publications.published(review, publish)));
        assertTrue(late.getMessage().contains("5 days before"), late.getMessage());
        publish.setPublishedOn(today);
        // §8.3's "minimum of 12 months" is the partnership's rule: this one keeps its reports up for 24.
        uk.safeguarding.reviews.clocks.application.ClockRuleChangeForm longer =
                new uk.safeguarding.reviews.clocks.application.ClockRuleChangeForm();
        longer.setKey("published-at-least");
        longer.setAmount(24);
        longer.setStartEvent(uk.safeguarding.reviews.clocks.domain.StartEvent.REPORT_PUBLISHED);
        longer.setEffectiveFrom(today);
        longer.setReason("The executive asked for two years online");
        as(partnership, MANAGER, () -> clockRules.publishChange(longer));
        PublicationView published = as(partnership, MANAGER, () -> publications.published(review, publish));
        assertEquals(today.plusMonths(24), published.onlineUntilAtLeast(), "by the partnership's rule in force");

        // The public page: no sign-in, the report and nothing else.
        HttpResponse<String> page = get("published/it-publish");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Child C: a local case review"), page.body());
        assertTrue(page.body().contains("published/it-publish/" + published.publicId()), page.body());
        assertFalse(page.body().contains(review) || page.body().contains("LCR-"), "nothing names the review");
        HttpResponse<byte[]> pdf = http.send(request("published/it-publish/" + published.publicId()),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF-1.4 redacted", new String(pdf.body(), StandardCharsets.UTF_8));
        assertEquals(404, get("published/it-publish/" + review).statusCode(), "a review's id is not a public address");
        assertEquals(404, get("published/no-such-partnership").statusCode());
        assertEquals(404, get("published/it-publish/a/b").statusCode());
        assertEquals(404, get("published/it-publish/" + published.publicId() + "/page").statusCode(),
                "no web page was published for it");
        assertFalse(get("app/reviews/view.xhtml?id=" + review).statusCode() == 200, "the review itself needs sign-in");
        ActiveTenant neighbour = tenants.provision("it-publish-other");
        HttpResponse<String> neighbours = get("published/it-publish-other");
        assertEquals(200, neighbours.statusCode());
        assertFalse(neighbours.body().contains("Child C"), "another partnership's page lists nothing of this one");
        assertEquals(404, get("published/it-publish-other/" + published.publicId()).statusCode());
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER, () -> publications.of(review)));
        assertTrue(as(neighbour, MANAGER, () -> audit.historyOf("publication", review)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED));

        // Before 12 months it comes down only with a reason; then the page no longer serves it.
        PublicationForm takeDown = new PublicationForm();
        takeDown.setTakenDownOn(today);
        assertEquals("takeDownReason", refusedField(() -> as(partnership, MANAGER,
                () -> publications.takeDown(review, takeDown))));
        takeDown.setTakeDownReason("A family member asked, for their safety");
        assertEquals(Publication.Stage.TAKEN_DOWN, as(partnership, MANAGER, () -> publications.takeDown(review,
                takeDown)).stage());
        assertFalse(get("published/it-publish").body().contains("Child C"));
        assertEquals(404, get("published/it-publish/" + published.publicId()).statusCode());
        assertEquals("%PDF-1.4 redacted", new String(as(partnership, MANAGER, () -> publications.file(review))
                .content(), StandardCharsets.UTF_8), "available on request from the business unit");
        PublicationForm asked = new PublicationForm();
        asked.setRequestedOn(today);
        asked.setRequestedBy("A university researcher");
        asked.setAnsweredOn(today);
        assertEquals("answer", refusedField(() -> as(partnership, MANAGER, () -> publications.copyRequested(review,
                asked))));
        asked.setRequestAnswer("Copy sent by e-mail");
        asked.setAnsweredOn(today.minusDays(1));
        assertEquals("answeredOn", refusedField(() -> as(partnership, MANAGER, () -> publications.copyRequested(
                review, asked))), "not answered before it was asked");
        asked.setAnsweredOn(today);
        PublicationView logged = as(partnership, MANAGER, () -> publications.copyRequested(review, asked));
        assertEquals(List.of("A university researcher"), logged.copyRequests().stream()
                .map(PublicationView.CopyRequestLine::requestedBy).toList(), "\u00a78.3: available on request");
    }

    /**
     * §6, Document 3: the family's involvement in a review: a member not involved only with the
     * reasons stated; one involved with who facilitates, their contacts and feedback; recorded by the
     * business unit or the review's lead reviewer, and nothing of it found by another partnership or
     * by a lead reviewer of another review.
     */
    @Test
    void theFamilysInvolvementIsDecidedInTheChildsBestInterestsWithReasonsWhenNot() throws Exception {
        ActiveTenant partnership = tenants.provision("it-family");
        String review = cases.localCaseReviewOf(partnership, MANAGER, cases.submittedReferral(partnership, null, null));
        LocalDate today = LocalDate.now(CLOCK.withZone(ProductClock.UK));
        FamilyForm mother = new FamilyForm();
        mother.setName("Jo Doe");
        assertEquals("relationship", refusedField(() -> as(partnership, MANAGER, () -> family.add(review, mother))));
        mother.setRelationship("mother");
        as(partnership, MANAGER, () -> family.add(review, mother));
        FamilyForm father = new FamilyForm();
        father.setName("Sam Doe");
        father.setRelationship("father");
        FamilyView added = as(partnership, MANAGER, () -> family.add(review, father));
        assertEquals(List.of("Jo Doe", "Sam Doe"), added.members().stream().map(m -> m.name()).toList());
        String motherId = added.members().get(0).id();
        String fatherId = added.members().get(1).id();
        assertThrows(AccessDeniedException.class, () -> as(partnership, PANEL, () -> family.add(review, father)),
                "the business unit or the review's lead reviewer records it");

        FamilyForm notInvolved = new FamilyForm();
        notInvolved.setMemberId(fatherId);
        notInvolved.setInvolvement(FamilyMember.Involvement.NOT_INVOLVED);
        notInvolved.setDecidedOn(today);
        assertEquals("reasons", refusedField(() -> as(partnership, MANAGER, () -> family.decide(review, notInvolved))),
                "\u00a76: the reasons are stated");
        notInvolved.setReasons("Bail conditions forbid contact with the family");
        as(partnership, MANAGER, () -> family.decide(review, notInvolved));

        FamilyForm involved = new FamilyForm();
        involved.setMemberId(motherId);
        involved.setInvolvement(FamilyMember.Involvement.INVOLVED);
        involved.setFacilitator("The lead reviewer, with her advocate");
        involved.setNotShared("The father's bail conditions");
        involved.setDecidedOn(today);
        as(partnership, MANAGER, () -> family.decide(review, involved));
        FamilyForm met = new FamilyForm();
        met.setMemberId(motherId);
        met.setContactKind(FamilyMember.ContactKind.MET);
        met.setContactOn(today);
        met.setContactNote("At home, with her advocate");
        FamilyView after = as(partnership, MANAGER, () -> family.contact(review, met));
        // Document 3: the invitation letter in the partnership's wording, filled in for the member.
        String letter = wordText(as(partnership, MANAGER, () -> familyLetters.letter(review, motherId, false)).content());
        assertTrue(letter.contains("Dear Jo Doe") && letter.contains("as the child's mother")
                && letter.contains("The lead reviewer, with her advocate will contact you"), letter);
        assertEquals("body", refusedField(() -> as(partnership, MANAGER, () -> familyLetters.rewrite("Invitation",
                "Dear {{familyMember}}, {{nickname}}"))), "only fields the product fills");
        as(partnership, MANAGER, () -> familyLetters.rewrite("Invitation", "Dear {{familyMember}}, our own wording."));
        assertTrue(wordText(as(partnership, MANAGER, () -> familyLetters.letter(review, motherId, false)).content())
                .contains("Dear Jo Doe, our own wording."), "the partnership's wording from now on");
        assertThrows(AccessDeniedException.class, () -> as(partnership, PANEL, () -> familyLetters.letter(review,
                motherId, true)));
        assertThrows(RecordNotFoundException.class, () -> as(partnership, MANAGER, () -> familyLetters.letter(
                review, "no-such-member", true)));
        assertEquals(FamilyMember.ContactKind.MET, after.members().get(0).contacts().get(0).kind());
        assertEquals("Bail conditions forbid contact with the family", after.members().get(1).reasons());
        met.setMemberId(fatherId);
        assertThrows(RefusedException.class, () -> as(partnership, MANAGER, () -> family.contact(review, met)),
                "no contact with someone not to be involved");

        // A lead reviewer of another review finds nothing of this one; another partnership nothing at all.
        assertThrows(RecordNotFoundException.class, () -> as(partnership, LEAD, () -> family.of(review)));
        ActiveTenant neighbour = tenants.provision("it-family-other");
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER, () -> family.of(review)));
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER, () -> familyLetters.letter(review,
                motherId, true)), "nor the family's letters");
        assertTrue(as(neighbour, MANAGER, () -> audit.historyOf("family-letter", review)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED && "pr.manager".equals(e.actor())));
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER, () -> family.decide(review,
                involved)));
        assertTrue(as(neighbour, MANAGER, () -> audit.historyOf("family-involvement", review)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED && "pr.manager".equals(e.actor())));
        assertTrue(as(partnership, MANAGER, () -> audit.historyOf("family-involvement", review)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.ALLOWED && e.detail().contains("not to be involved")));
    }

    /**
     * §4.4: a review's methodology is chosen from the partnership's list with a rationale for
     * proportionality; the business manager replaces the list with a reason, and a review keeps what
     * it chose.
     */
    @Test
    void aMethodologyIsChosenFromThePartnershipsListWithItsRationale() {
        ActiveTenant partnership = tenants.provision("it-methodology");
        String review = cases.localCaseReviewOf(partnership, MANAGER, cases.submittedReferral(partnership, null, null));
        assertEquals(List.of("Case Discussion Tool (Document 11)", "Appreciative Inquiry", "Root Cause Analysis",
                "Practitioner learning event"), as(partnership, PANEL, () -> methodologies.of(review)).offered(),
                "\u00a74.4's methodologies, shipped");
        assertEquals("methodology", refusedField(() -> as(partnership, PANEL, () -> methodologies.choose(review,
                "Teleportation", "Quick"))));
        assertEquals("rationale", refusedField(() -> as(partnership, PANEL, () -> methodologies.choose(review,
                "Appreciative Inquiry", " "))));
        assertThrows(AccessDeniedException.class, () -> as(partnership, LEAD, () -> methodologies.choose(review,
                "Appreciative Inquiry", "Good practice to learn from")));
        MethodologyView chosen = as(partnership, PANEL, () -> methodologies.choose(review, "Appreciative Inquiry",
                "Much went well; learning from what worked is proportionate"));
        assertEquals("Appreciative Inquiry", chosen.getCurrent().methodology());

        assertThrows(AccessDeniedException.class, () -> as(partnership, PANEL, () -> lists.change(
                PartnershipList.METHODOLOGIES, "Systems review", "Ours")), "the business manager keeps the list");
        assertEquals("items", refusedField(() -> as(partnership, MANAGER, () -> lists.change(
                PartnershipList.METHODOLOGIES, "Systems review\nSystems review", "Ours"))));
        assertEquals("reason", refusedField(() -> as(partnership, MANAGER, () -> lists.change(
                PartnershipList.METHODOLOGIES, "Systems review", " "))));
        as(partnership, MANAGER, () -> lists.change(PartnershipList.METHODOLOGIES, "Systems review\nRoot Cause Analysis",
                "The partnership's own list"));
        MethodologyView after = as(partnership, MANAGER, () -> methodologies.of(review));
        assertEquals(List.of("Systems review", "Root Cause Analysis"), after.offered());
        assertEquals("Appreciative Inquiry", after.getCurrent().methodology(), "the review keeps what it chose");
        assertFalse(as(partnership, PANEL, () -> lists.items(PartnershipList.LEAD_REVIEWER_SPECIFICATION)).isEmpty(),
                "another list is untouched");

        ActiveTenant neighbour = tenants.provision("it-methodology-other");
        assertEquals(4, as(neighbour, MANAGER, () -> lists.items(PartnershipList.METHODOLOGIES)).size(),
                "each partnership's list is its own");
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER, () -> methodologies.of(review)));
        assertTrue(as(neighbour, MANAGER, () -> audit.historyOf("methodology", review)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED));
    }

    /**
     * §7.1, Document 4: the partnership's assurance questions answered at the stage a review is at,
     * every one answered and each not met with what will be done; kept with the questions as asked
     * when the list changes; nothing of them found by another partnership.
     */
    @Test
    void theAssuranceQuestionsAreAnsweredAtTheStageTheReviewIsAt() {
        ActiveTenant partnership = tenants.provision("it-assurance");
        String review = cases.localCaseReviewOf(partnership, MANAGER, cases.submittedReferral(partnership, null, null));
        AssuranceView before = as(partnership, PANEL, () -> assurance.of(review));
        assertEquals(7, before.questions().size(), "the product's default list");
        assertEquals("Under review", before.stageName());
        assertTrue(before.checks().isEmpty() && before.mayCheck());
        List<AssuranceCheck.Answer> allMet = before.questions().stream()
                .map(q -> new AssuranceCheck.Answer(true, null)).toList();
        List<AssuranceCheck.Answer> oneUnanswered = new java.util.ArrayList<>(allMet);
        oneUnanswered.set(2, new AssuranceCheck.Answer(null, null));
        assertEquals("answer-3", refusedField(() -> as(partnership, PANEL, () -> assurance.check(review,
                oneUnanswered))));
        List<AssuranceCheck.Answer> oneNotMet = new java.util.ArrayList<>(allMet);
        oneNotMet.set(3, new AssuranceCheck.Answer(false, " "));
        assertEquals("note-4", refusedField(() -> as(partnership, PANEL, () -> assurance.check(review, oneNotMet))));
        oneNotMet.set(3, new AssuranceCheck.Answer(false, "Invite the mother through her advocate"));
        assertThrows(RecordNotFoundException.class, () -> as(partnership, LEAD, () -> assurance.check(review,
                oneNotMet)), "a reviewer not assigned to the review finds nothing");
        AssuranceView checked = as(partnership, PANEL, () -> assurance.check(review, oneNotMet));
        assertEquals(1, checked.checks().size());
        assertEquals(1, checked.checks().get(0).notMet());
        assertEquals("Under review", checked.checks().get(0).stageName());

        as(partnership, MANAGER, () -> lists.change(PartnershipList.ASSURANCE_QUESTIONS, "Is the scope right?",
                "Our own checklist"));
        AssuranceView after = as(partnership, MANAGER, () -> assurance.of(review));
        assertEquals(List.of("Is the scope right?"), after.questions());
        assertEquals(7, after.checks().get(0).answers().size(), "the check keeps the questions as asked");

        ActiveTenant neighbour = tenants.provision("it-assurance-other");
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER, () -> assurance.of(review)));
        assertTrue(as(neighbour, MANAGER, () -> audit.historyOf("assurance-check", review)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED));
    }

    private HttpRequest request(String path) {
        String base = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("app.base.url", String.class);
        return HttpRequest.newBuilder(URI.create(base + servletContext.getContextPath() + "/" + path))
                .timeout(Duration.ofSeconds(30)).build();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    private String refusedReport(ActiveTenant partnership, String reviewId, Consumer<ReportForm> spoil) {
        ReportForm form = report(LocalDate.now(CLOCK.withZone(ProductClock.UK)));
        spoil.accept(form);
        return refusedField(() -> as(partnership, MANAGER, () -> learning.agree(reviewId, form)));
    }

    private static ReportForm report(LocalDate agreedOn) {
        ReportForm form = new ReportForm();
        form.setFindings("Police call-outs to the home were not shared with the health visitor.");
        form.setRecommendations("Share police call-outs with health visitors\n\nJoint visits after repeated police calls");
        form.setAgreedBy("The review group");
        form.setAgreedOn(agreedOn);
        form.attachReport("report.pdf", "%PDF-1.4 the report".getBytes(StandardCharsets.UTF_8));
        return form;
    }

    private String refusedAppointment(ActiveTenant partnership, String reviewId, Consumer<AppointmentForm> spoil) {
        LocalDate today = LocalDate.now(CLOCK.withZone(ProductClock.UK));
        List<String> specification = as(partnership, PANEL, () -> appointments.specification());
        AppointmentForm form = appointment(specification, today);
        spoil.accept(form);
        return refusedField(() -> as(partnership, PANEL, () -> appointments.appoint(reviewId, form)));
    }

    private static AppointmentForm appointment(List<String> specification, LocalDate today) {
        AppointmentForm form = new AppointmentForm();
        form.setPersonName("Lena Lead");
        form.setUsername("lena.lead");
        form.setOrganisation("Independent");
        form.setCriteriaConfirmed(specification);
        form.setIndependent(true);
        form.setPolicyConfirmed(true);
        form.setContractSignedOn(today);
        form.attachContract("C:\\Users\\panel\\contract.pdf", "%PDF-1.4 signed".getBytes(StandardCharsets.UTF_8));
        return form;
    }

    private static CommencementForm decision(LocalDate on, boolean commissioned, String why) {
        CommencementForm form = new CommencementForm();
        form.setDecidedOn(on);
        form.setCommissionedByNationalPanel(commissioned);
        form.setRationale(why);
        return form;
    }

    /** Every section written, the summary and one SMART recommendation. */
    private static WrittenReportForm reportDraft(LocalDate today, String summary, String whatHappened) {
        WrittenReportForm form = new WrittenReportForm();
        for (String section : List.copyOf(form.getSections().keySet())) {
            form.getSections().put(section, "The review's finding under " + section + ".");
        }
        form.getSections().put("what-happened", whatHappened);
        form.setExecutiveSummary(summary);
        form.getRecommendations().add(smartRow("Share school nurse concerns with the GP", today.plusMonths(3)));
        return form;
    }

    private static WrittenReportForm.RecommendationRow smartRow(String action, LocalDate dueBy) {
        WrittenReportForm.RecommendationRow row = new WrittenReportForm.RecommendationRow();
        row.setAction(action);
        row.setFinding("Concerns stayed with the school");
        row.setAgency("Health (ICB)");
        row.setMeasure("An audit of ten cases finds the GP told each time");
        row.setDueBy(dueBy);
        return row;
    }

    /** The text of a Word document's body, its markup removed. */
    private static String wordText(byte[] docx) throws java.io.IOException {
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", "");
                }
            }
        }
        throw new AssertionError("not a Word document");
    }

    private static GoodPracticeForm summary(LocalDate on) {
        GoodPracticeForm form = new GoodPracticeForm();
        form.setSuccess("School, health visitor and early help worked to one plan; Jamie now attends every day");
        form.setLearning("One named lead and a weekly meeting kept everyone acting on the same facts");
        form.setFurtherImprovement("Bring the GP in from the start");
        form.setAudiences("Schools' safeguarding leads; early help teams");
        form.setAgreedBy("Good outcome review meeting");
        form.setAgreedOn(on);
        return form;
    }

    private static GoodPracticeForm occasion(LocalDate on, String audience) {
        GoodPracticeForm form = new GoodPracticeForm();
        form.setSharedOn(on);
        form.setAudience(audience);
        form.setMethod("Seven-minute briefing");
        form.setReached(40);
        return form;
    }

    private static SignOffForm signOff(String partner, ReportSignOff.Answer answer, String reason) {
        SignOffForm form = new SignOffForm();
        form.setPartner(partner);
        form.setAnswer(answer);
        form.setReason(reason);
        return form;
    }

    private static SignOffForm decision(ReportSignOff.ExecutiveDecision decision, String reason) {
        SignOffForm form = new SignOffForm();
        form.setDecision(decision);
        form.setExecutiveReason(reason);
        return form;
    }

    private static WrittenReportForm agreementOf(LocalDate on) {
        WrittenReportForm form = new WrittenReportForm();
        form.setAgreedOn(on);
        form.setAgreedBy("Review group meeting");
        return form;
    }

    private static String refusedField(org.junit.jupiter.api.function.Executable attempt) {
        return assertThrows(InvalidFieldException.class, attempt).field();
    }

    /** The subject's clock of that rule: the one counting now, not one closed when its event moved. */
    private static ClockLine clock(List<ClockLine> clocks, String ruleKey) {
        return clocks.stream().filter(c -> c.ruleKey().equals(ruleKey) && c.state() != RunningClock.State.CLOSED)
                .findFirst().orElseThrow(
                () -> new AssertionError("no clock " + ruleKey + " in " + clocks));
    }
}
