package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.reviews.web.it.TestTenants.as;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguarding.reviews.agencies.application.AgencyForm;
import uk.safeguarding.reviews.agencies.application.AgencyService;
import uk.safeguarding.reviews.agencies.application.AgencyView;
import uk.safeguarding.reviews.agencies.domain.AgencyKind;
import uk.safeguarding.reviews.audit.AuditOutcome;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.application.ClockLine;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.clocks.application.PartnershipTimescales;
import uk.safeguarding.reviews.clocks.domain.RunningClock;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.ProductClock;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.practicereview.application.AgencyLessonsForm;
import uk.safeguarding.reviews.practicereview.application.AgencyReviewForm;
import uk.safeguarding.reviews.practicereview.application.AgencyReviewView;
import uk.safeguarding.reviews.practicereview.application.GoodPracticeForm;
import uk.safeguarding.reviews.practicereview.application.GoodPracticeLearning;
import uk.safeguarding.reviews.practicereview.application.GoodPracticeView;
import uk.safeguarding.reviews.practicereview.application.IndividualAgencyReviews;
import uk.safeguarding.reviews.practicereview.domain.AgencyReviewRound;
import uk.safeguarding.reviews.referral.application.ReferralDecisions;
import uk.safeguarding.reviews.referral.application.ReferralService;
import uk.safeguarding.reviews.referral.application.VoteForm;
import uk.safeguarding.reviews.referral.domain.PanelOutcome;
import uk.safeguarding.reviews.review.application.ReviewService;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;
import uk.safeguarding.reviews.thresholds.domain.ReviewKind;

/**
 * Issue 16, §4.2 table: "Where a case is referred but does not meet the criteria for a multi-agency
 * review, the sub group may recommend an individual agency review. The lessons will be disseminated
 * using a range of methods as other reviews, with scrutiny that learning has been effectively
 * addressed." Against PostgreSQL: the panel's outcome opens it; the business unit names the agency,
 * its lead and what to look at, refused beside each field; the agency's lessons are due by the
 * partnership's clock and sent from its agency tasks; scrutiny returns them with a reason (a new
 * clock) or finds the learning addressed; the lessons are then shared and the review completes.
 * Another agency's contact and another partnership find nothing, and the attempts are audited.
 */
@ExtendWith(ArquillianExtension.class)
class IndividualAgencyReviewIT {

    private static final Clock CLOCK = ProductClock.configured();

    private static final Caller MANAGER = new Caller("iar.manager", "Mo Manager", Set.of(Role.BUSINESS_MANAGER));
    private static final Caller POLICE = new Caller("iar.police", "Pat Police", Set.of(Role.AGENCY_CONTRIBUTOR));
    private static final Caller SCHOOL = new Caller("iar.school", "Sam School", Set.of(Role.AGENCY_CONTRIBUTOR));
    private static final Caller REVIEWER = new Caller("iar.reviewer", "Rae Reviewer", Set.of(Role.REVIEWER));

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithMailCatcher();
    }

    @Inject
    private TestTenants tenants;

    @Inject
    private CaseFixtures cases;

    @Inject
    private ReferralDecisions decisions;

    @Inject
    private ReferralService referrals;

    @Inject
    private IndividualAgencyReviews agencyReviews;

    @Inject
    private GoodPracticeLearning learning;

    @Inject
    private ReviewService reviews;

    @Inject
    private AgencyService agencies;

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
    void theAgencyReviewsItsOwnPracticeAndThePartnershipScrutinisesItsLessonsBeforeTheyAreShared() throws Exception {
        MailCatcher.running();
        ActiveTenant partnership = tenants.provision("it-iar");
        LocalDate today = LocalDate.now(CLOCK.withZone(ProductClock.UK));
        AgencyView police = cases.agency(partnership, MANAGER, "Police agency", AgencyKind.POLICE, "Police",
                "iar.police");
        cases.agency(partnership, MANAGER, "School", AgencyKind.EDUCATION, null, "iar.school");
        AgencyForm housingForm = new AgencyForm();
        housingForm.setName("Housing, no contact");
        housingForm.setKind(AgencyKind.HOUSING);
        AgencyView housing = as(partnership, MANAGER, () -> agencies.add(housingForm));

        // The Virtual Panel's outcome opens the review (§4.2 table: below the multi-agency criteria).
        String referralId = cases.submittedReferral(partnership, null, null);
        String id = decided(partnership, referralId);
        ReviewSummary opened = as(partnership, MANAGER, () -> reviews.view(id));
        assertEquals(ReviewKind.INDIVIDUAL_AGENCY_REVIEW, opened.kind());
        assertTrue(opened.reference().startsWith("IAR-"), opened.reference());
        assertEquals("commissioning", stage(partnership, id));
        assertTrue(as(partnership, MANAGER, () -> work.of(MANAGER)).stream().anyMatch(t -> t.action().equals(
                "Name the agency that reviews its own practice") && t.reference().equals(opened.reference())),
                "in the business unit's work list");

        // Naming the agency: each missing or malformed part refused beside its field.
        AgencyReviewForm form = new AgencyReviewForm();
        form.setLeadName("Dana Inspector");
        form.setLeadEmail("dana.inspector@police.example");
        form.setFocus("Why two calls about the child were not shared with children's social care");
        assertEquals("agency", refusedField(() -> as(partnership, MANAGER, () -> agencyReviews.commission(id, form))));
        form.setAgencyId(housing.id());
        InvalidFieldException noContact = assertThrows(InvalidFieldException.class, () -> as(partnership, MANAGER,
                () -> agencyReviews.commission(id, form)));
        assertEquals("agency", noContact.field());
        assertTrue(noContact.getMessage().contains("no contact"), noContact.getMessage());
        form.setAgencyId(police.id());
        form.setLeadEmail("dana at police");
        assertEquals("leadEmail", refusedField(() -> as(partnership, MANAGER,
                () -> agencyReviews.commission(id, form))));
        form.setLeadEmail("dana.inspector@police.example");
        assertThrows(AccessDeniedException.class, () -> as(partnership, REVIEWER,
                () -> agencyReviews.commission(id, form)), "the business unit names the agency");
        assertThrows(RecordNotFoundException.class, () -> as(partnership, REVIEWER, () -> agencyReviews.of(id)),
                "a reviewer not named on the review finds nothing of it");
        AgencyReviewView asked = as(partnership, MANAGER, () -> agencyReviews.commission(id, form));
        LocalDate thirtyWorkingDays = workingDaysFrom(partnership, today, 30);
        assertEquals(thirtyWorkingDays, asked.current().dueOn(), "the product's default of 30 working days");
        assertEquals(AgencyReviewView.Status.WITH_THE_AGENCY, asked.status());
        assertEquals("agency-reviewing", stage(partnership, id));
        ClockLine first = as(partnership, MANAGER, () -> clocks.ofSubject("agency-review", asked.id())).get(0);
        assertEquals("individual-agency-review", first.ruleKey());
        assertEquals(thirtyWorkingDays, first.dueDay());
        assertEquals("Dana Inspector", first.ownerName(), "the lead is reminded");
        assertThrows(RefusedException.class, () -> as(partnership, MANAGER, () -> agencyReviews.commission(id, form)),
                "named once");
        assertTrue(MailCatcher.awaitSubject("dana.inspector@police.example", "Review your agency's practice")
                .isPresent(), "the lead has the request");
        assertTrue(MailCatcher.awaitSubject("iar.police@it-iar.example", "Review your agency's practice").isPresent(),
                "so do the agency's contacts");

        // The agency's contacts find it in their tasks; another agency's contact finds nothing (audited).
        AgencyReviewView task = as(partnership, POLICE, () -> agencyReviews.forMe(10)).get(0);
        assertEquals(asked.id(), task.id());
        assertTrue(as(partnership, POLICE, () -> work.of(POLICE)).stream().anyMatch(t -> t.action().equals(
                "Send your agency's lessons (Police agency)") && t.dueBy() != null
                && t.dueBy().toLocalDate().equals(thirtyWorkingDays)), "in the agency's work list, due with its clock");
        assertTrue(as(partnership, SCHOOL, () -> agencyReviews.forMe(10)).isEmpty());
        assertThrows(RecordNotFoundException.class, () -> as(partnership, SCHOOL, () -> agencyReviews.task(asked.id())));
        assertTrue(as(partnership, MANAGER, () -> audit.historyOf("agency-review", asked.id())).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED), "the attempt is on the trail");
        assertTrue(as(partnership, POLICE, () -> agencyReviews.task(asked.id())).maySend());

        // §3.1: a paused review holds the agency's clock too, and nothing moves it on meanwhile.
        as(partnership, MANAGER, () -> reviews.pause(id, "Criminal proceedings: the police asked us to wait"));
        assertEquals(RunningClock.State.PAUSED, as(partnership, MANAGER, () -> clocks.ofSubject("agency-review",
                asked.id())).get(0).state());
        assertThrows(RefusedException.class, () -> as(partnership, POLICE, () -> agencyReviews.send(asked.id(),
                lessons())), "a paused review waits");
        as(partnership, MANAGER, () -> reviews.resume(id));
        assertEquals(RunningClock.State.RUNNING, as(partnership, MANAGER, () -> clocks.ofSubject("agency-review",
                asked.id())).get(0).state());

        AgencyLessonsForm lessons = lessons();
        lessons.setChanges(" ");
        assertEquals("changes", refusedField(() -> as(partnership, POLICE, () -> agencyReviews.send(asked.id(),
                lessons))));
        lessons.setChanges("Call handlers now share every call about a child with children's social care");
        as(partnership, POLICE, () -> agencyReviews.send(asked.id(), lessons));
        assertEquals(RunningClock.State.MET, as(partnership, MANAGER, () -> clocks.ofSubject("agency-review",
                asked.id())).get(0).state(), "the lessons meet the agency's clock");
        assertEquals("scrutiny", stage(partnership, id));
        assertThrows(RefusedException.class, () -> as(partnership, POLICE, () -> agencyReviews.send(asked.id(),
                lessons())), "sent once a round");
        assertTrue(as(partnership, MANAGER, () -> work.of(MANAGER)).stream().anyMatch(t -> t.action().equals(
                "Scrutinise the agency's lessons")), "the business unit's task");

        // Scrutiny returns them with the reason: a new round on a new clock.
        AgencyReviewForm scrutiny = new AgencyReviewForm();
        scrutiny.setJudgement(AgencyReviewRound.Judgement.RETURNED);
        assertEquals("note", refusedField(() -> as(partnership, MANAGER, () -> agencyReviews.scrutinise(id,
                scrutiny))));
        scrutiny.setNote("The change has no date and nobody checks it happens");
        AgencyReviewView returned = as(partnership, MANAGER, () -> agencyReviews.scrutinise(id, scrutiny));
        assertEquals(2, returned.rounds().size());
        assertEquals("RETURNED", returned.rounds().get(0).judgement());
        assertEquals("agency-reviewing", stage(partnership, id), "back with the agency");
        List<ClockLine> both = as(partnership, MANAGER, () -> clocks.ofSubject("agency-review", asked.id()));
        assertEquals(2, both.size());
        assertTrue(both.stream().anyMatch(c -> c.state() == RunningClock.State.RUNNING), both.toString());
        assertTrue(MailCatcher.awaitSubject("iar.police@it-iar.example", "Your agency's lessons on").isPresent());
        assertTrue(as(partnership, POLICE, () -> agencyReviews.task(asked.id())).rounds().get(0).note()
                .contains("has no date"), "the agency reads the reason");

        // Sent again and found addressed: the review moves on to sharing the lessons, then completes.
        as(partnership, POLICE, () -> agencyReviews.send(asked.id(), lessons()));
        assertEquals("scrutiny", stage(partnership, id), "the same exit moves it again after a return");
        AgencyReviewForm addressed = new AgencyReviewForm();
        addressed.setJudgement(AgencyReviewRound.Judgement.ADDRESSED);
        addressed.setNote("Audit of 20 calls in November: all shared within a day");
        assertEquals(AgencyReviewView.Status.ADDRESSED, as(partnership, MANAGER,
                () -> agencyReviews.scrutinise(id, addressed)).status());
        assertEquals("disseminating", stage(partnership, id));
        GoodPracticeView sharing = as(partnership, MANAGER, () -> learning.of(id));
        assertTrue(sharing.learnedFromAgency() && sharing.ofAgencyReview() && sharing.mayShare() && !sharing.maySummarise(),
                sharing.toString());
        GoodPracticeForm occasion = new GoodPracticeForm();
        occasion.setSharedOn(today);
        occasion.setAudience("Practice Review Sub-Group and the police's safeguarding leads");
        occasion.setMethod("Seven-minute briefing");
        as(partnership, MANAGER, () -> learning.shared(id, occasion));
        assertTrue(as(partnership, MANAGER, () -> learning.disseminated(id)).completed());
        assertEquals("completed", stage(partnership, id));
        assertFalse(as(partnership, POLICE, () -> agencyReviews.task(asked.id())).maySend());

        // Another partnership finds nothing of it, and the attempt is audited there.
        ActiveTenant neighbour = tenants.provision("it-iar-other");
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER, () -> agencyReviews.of(id)));
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, POLICE, () -> agencyReviews.task(asked.id())));
        assertTrue(as(neighbour, MANAGER, () -> audit.historyOf("agency-review", id)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED));
        assertTrue(as(partnership, MANAGER, () -> audit.historyOf("agency-review", id)).stream()
                .filter(e -> e.outcome() == AuditOutcome.ALLOWED).count() >= 4, "every step on the trail");
    }

    private String decided(ActiveTenant partnership, String referralId) {
        as(partnership, MANAGER, () -> {
            decisions.forwardToPanel(referralId);
            return null;
        });
        for (String member : List.of("iar.panel.a", "iar.panel.b")) {
            VoteForm vote = new VoteForm();
            vote.setOutcome(PanelOutcome.INDIVIDUAL_AGENCY_REVIEW);
            vote.setReason("Not a multi-agency case: the police's handling of two calls needs looking at");
            as(partnership, new Caller(member, member, Set.of(Role.PANEL_MEMBER)), () -> {
                decisions.vote(referralId, vote);
                return null;
            });
        }
        return as(partnership, MANAGER, () -> referrals.detail(referralId)).reviewId();
    }

    private String stage(ActiveTenant partnership, String id) {
        return as(partnership, MANAGER, () -> reviews.stage(id)).stage().key();
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

    private static AgencyLessonsForm lessons() {
        AgencyLessonsForm form = new AgencyLessonsForm();
        form.setScope("Both call records, the call handlers' notes, two interviews");
        form.setFindings("Neither call was passed on: the handlers thought the school knew");
        form.setLessons("A call about a child is always shared, whoever else may know");
        form.setChanges("Call handlers share every call about a child with children's social care within a day;"
                + " the safeguarding lead audits 20 calls a month from January");
        return form;
    }

    private static String refusedField(org.junit.jupiter.api.function.Executable attempt) {
        return assertThrows(InvalidFieldException.class, attempt).field();
    }
}
