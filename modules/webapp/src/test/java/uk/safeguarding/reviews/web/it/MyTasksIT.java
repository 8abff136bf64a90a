package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.reviews.web.it.TestTenants.as;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguarding.reviews.agencies.application.AgencyView;
import uk.safeguarding.reviews.agencies.domain.AgencyKind;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.ProductClock;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.work.WorkItem;
import uk.safeguarding.reviews.rapidreview.application.InformationRequests;
import uk.safeguarding.reviews.rapidreview.application.SendRequestsForm;
import uk.safeguarding.reviews.referral.application.ReferralDecisions;
import uk.safeguarding.reviews.referral.application.ReferralService;
import uk.safeguarding.reviews.referral.application.VoteForm;
import uk.safeguarding.reviews.referral.domain.PanelOutcome;
import uk.safeguarding.reviews.review.application.AssignmentForm;
import uk.safeguarding.reviews.review.application.ReviewAssignments;
import uk.safeguarding.reviews.review.domain.ReviewPart;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;
import uk.safeguarding.reviews.web.home.WorkList;

/**
 * My tasks (issue 14 §2): what is waiting for each person, from every module, with its clock, most
 * urgent first; done work leaves the list; another partnership's people see none of it.
 */
@ExtendWith(ArquillianExtension.class)
class MyTasksIT {

    private static final Clock CLOCK = ProductClock.configured();
    private static final Caller MANAGER = new Caller("tasks.manager", "Manager", Set.of(Role.BUSINESS_MANAGER));
    private static final Caller PANEL = new Caller("tasks.panel", "Panel member", Set.of(Role.PANEL_MEMBER));
    private static final Caller CONTRIBUTOR = new Caller("tasks.police", "Officer", Set.of(Role.AGENCY_CONTRIBUTOR));
    private static final Caller REVIEWER = new Caller("tasks.reviewer", "Rae Reviewer", Set.of(Role.REVIEWER));

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestHelpers();
    }

    @Inject
    private TestTenants tenants;

    @Inject
    private CaseFixtures cases;

    @Inject
    private ReferralService referrals;

    @Inject
    private ReferralDecisions decisions;

    @Inject
    private InformationRequests requests;

    @Inject
    private ReviewAssignments assignments;

    @Inject
    private WorkList work;

    @Test
    void eachPersonSeesWhatIsWaitingForThemAndNothingElse() {
        ActiveTenant partnership = tenants.provision("it-tasks");
        ActiveTenant neighbour = tenants.provision("it-tasks-other");
        String referral = cases.submittedReferral(partnership, null, null);
        String reference = as(partnership, MANAGER, () -> referrals.detail(referral)).reference();

        assertEquals(List.of("Check the referral and forward it to the Virtual Panel " + reference),
                described(partnership, MANAGER), "\u00a77.4: the business unit forwards it");
        assertEquals(List.of(), described(partnership, PANEL), "nothing for the panel before it is forwarded");
        WorkItem forward = tasks(partnership, MANAGER).get(0);
        assertTrue(forward.dueBy() != null && forward.status() != null, "with its clock: " + forward);

        as(partnership, MANAGER, () -> {
            decisions.forwardToPanel(referral);
            return null;
        });
        assertEquals(List.of(), described(partnership, MANAGER), "forwarded, it has left the business unit's list");
        assertEquals(List.of("Vote on the referral " + reference), described(partnership, PANEL));
        VoteForm vote = new VoteForm();
        vote.setOutcome(PanelOutcome.COMMENCE_RAPID_REVIEW);
        vote.setReason("Serious injury, neglect suspected");
        as(partnership, PANEL, () -> decisions.vote(referral, vote));
        assertEquals(List.of(), described(partnership, PANEL), "voted, it has left the member's list");

        AgencyView police = cases.agency(partnership, MANAGER, "Police", AgencyKind.POLICE, "Police", "tasks.police");
        String review = cases.rapidReviewOf(partnership, MANAGER, cases.submittedReferral(partnership, null, null));
        SendRequestsForm ask = new SendRequestsForm();
        ask.setAgencyIds(List.of(police.id()));
        ask.setMeetingDate(LocalDate.now(CLOCK).plusDays(10));
        ask.setMeetingTime(LocalTime.of(10, 0));
        ask.setMeetingPlace("Room 1");
        as(partnership, MANAGER, () -> requests.send(review, ask));
        List<WorkItem> officer = tasks(partnership, CONTRIBUTOR);
        assertEquals(1, officer.size(), officer.toString());
        assertTrue(officer.get(0).action().startsWith("Send Police's summary"), officer.toString());
        assertTrue(officer.get(0).dueBy() != null, "\u00a77.7: with its 5-working-day return clock");

        AssignmentForm lead = new AssignmentForm();
        lead.setUsername("tasks.reviewer");
        lead.setPersonName("Rae Reviewer");
        lead.setPart(ReviewPart.LEAD_REVIEWER);
        as(partnership, MANAGER, () -> assignments.assign(review, lead));
        List<WorkItem> reviewer = tasks(partnership, REVIEWER);
        assertEquals(1, reviewer.size(), reviewer.toString());
        assertTrue(reviewer.get(0).link().endsWith("id=" + review), reviewer.toString());

        List<WorkItem> all = tasks(partnership, new Caller("tasks.all", "Everyone", Set.of(Role.BUSINESS_MANAGER,
                Role.PANEL_MEMBER, Role.REFERRER)));
        assertEquals(all.stream().sorted(WorkItem.MOST_URGENT_FIRST).toList(), all, "most urgent first");

        for (Caller person : List.of(MANAGER, PANEL, CONTRIBUTOR, REVIEWER)) {
            assertEquals(List.of(), tasks(neighbour, person), person.username() + " has nothing in another partnership");
        }
    }

    private List<String> described(ActiveTenant partnership, Caller caller) {
        return tasks(partnership, caller).stream().map(t -> t.action() + " " + t.reference()).toList();
    }

    /** What the home page gathers for the caller: every module's items, most urgent first. */
    private List<WorkItem> tasks(ActiveTenant partnership, Caller caller) {
        return as(partnership, caller, () -> work.of(caller));
    }
}
