package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.reviews.web.it.TestTenants.as;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguarding.reviews.agencies.application.AgencyView;
import uk.safeguarding.reviews.agencies.domain.AgencyKind;
import uk.safeguarding.reviews.audit.AuditOutcome;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.chronology.domain.ChronologyFilter;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.ProductClock;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.rapidreview.application.AttendeeForm;
import uk.safeguarding.reviews.rapidreview.application.CompositeChronologies;
import uk.safeguarding.reviews.rapidreview.application.InformationRequests;
import uk.safeguarding.reviews.rapidreview.application.MeetingView;
import uk.safeguarding.reviews.rapidreview.application.RapidReviewMeetings;
import uk.safeguarding.reviews.rapidreview.application.RapidReviewReports;
import uk.safeguarding.reviews.rapidreview.application.SendRequestsForm;
import uk.safeguarding.reviews.rapidreview.domain.Escalation;
import uk.safeguarding.reviews.rapidreview.domain.Recommendation;
import uk.safeguarding.reviews.review.application.AssignmentForm;
import uk.safeguarding.reviews.review.application.AssignmentView;
import uk.safeguarding.reviews.review.application.ReviewAssignments;
import uk.safeguarding.reviews.review.application.ReviewService;
import uk.safeguarding.reviews.review.domain.ReviewPart;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;
import uk.safeguarding.reviews.kernel.search.SearchHit;
import uk.safeguarding.reviews.web.home.WorkList;
import uk.safeguarding.reviews.web.search.SiteSearch;

/**
 * Need to know (issue 14 §1, §3.1, §8.1): a reviewer assigned to review X sees X, on every page and
 * download, and finds nothing of review Y of the same partnership (audited); the assignment ending
 * takes X away again. The business manager gives and ends assignments; a chair declares independence.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewAccessIT {

    private static final Clock CLOCK = ProductClock.configured();
    private static final Caller MANAGER = new Caller("access.manager", "Manager", Set.of(Role.BUSINESS_MANAGER));
    private static final Caller REVIEWER = new Caller("access.reviewer", "Rae Reviewer", Set.of(Role.REVIEWER));
    private static final Caller PRSG_CHAIR = CaseFixtures.PRSG_CHAIR;
    private static final Caller ADVISER = new Caller("access.adviser", "Ines Adviser",
            Set.of(Role.INDEPENDENT_ADVISER, Role.PANEL_MEMBER));
    private static final Caller EXECUTIVE = new Caller("access.exec", "Evan Executive", Set.of(Role.EXECUTIVE));
    private static final Caller POLICE_LEAD = new Caller("access.police.lead", "Pat Police", Set.of(Role.STATUTORY_PARTNER));
    private static final Caller LA_LEAD = new Caller("access.la", "Lee Council", Set.of(Role.STATUTORY_PARTNER));

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestHelpers();
    }

    @Inject
    private TestTenants tenants;

    @Inject
    private CaseFixtures cases;

    @Inject
    private ReviewService reviews;

    @Inject
    private ReviewAssignments assignments;

    @Inject
    private InformationRequests requests;

    @Inject
    private RapidReviewMeetings meetings;

    @Inject
    private CompositeChronologies composites;

    @Inject
    private RapidReviewReports reports;

    @Inject
    private AuditTrail audit;

    @Inject
    private WorkList work;

    @Inject
    private SiteSearch search;

    @Inject
    private uk.safeguarding.reviews.practicereview.application.TermsOfReferences terms;

    @Inject
    private uk.safeguarding.reviews.practicereview.application.FamilyInvolvement family;

    @Inject
    private uk.safeguarding.reviews.practicereview.application.GroupMeetings groups;

    @Inject
    private uk.safeguarding.reviews.practicereview.application.WrittenReports writtenReports;

    @Inject
    private uk.safeguarding.reviews.practicereview.application.FactualAccuracy accuracy;

    @Inject
    private uk.safeguarding.reviews.practicereview.application.PartnerSignOffs signOffs;

    @Inject
    private uk.safeguarding.reviews.practicereview.application.Publications publications;

    @Inject
    private uk.safeguarding.reviews.practicereview.application.AssuranceChecks assurance;

    @Inject
    private uk.safeguarding.reviews.practicereview.application.Methodologies methodologies;

    @Inject
    private uk.safeguarding.reviews.practicereview.application.LeadReviewerAppointments leadReviewers;

    @Inject
    private uk.safeguarding.reviews.practicereview.application.LearningReports learningReports;

    @Inject
    private uk.safeguarding.reviews.practicereview.application.GoodPracticeLearning goodPractice;

    @Inject
    private uk.safeguarding.reviews.practicereview.application.IndividualAgencyReviews agencyReviews;

    @Inject
    private uk.safeguarding.reviews.learning.application.ActionPlans actionPlans;

    @Inject
    private uk.safeguarding.reviews.learning.application.LearningEvents learningEvents;

    /**
     * Issue 14 §1, need to know, on a full review's pages too: a reviewer assigned to one local case
     * review reads each of its pages their role reads; every such page of another review of the
     * partnership, and of the same review asked for from another partnership, is "not found" for them
     * (audited), and a page their role never reads is refused for every review alike, so a refusal
     * says nothing about whether a review exists.
     */
    @Test
    void aReviewerAssignedToOneFullReviewFindsNothingOfAnotherOnAnyOfItsPages() {
        ActiveTenant partnership = tenants.provision("it-access-full");
        ActiveTenant neighbour = tenants.provision("it-access-full-b");
        String x = cases.localCaseReviewOf(partnership, MANAGER, cases.submittedReferral(partnership, null, null));
        String y = cases.localCaseReviewOf(partnership, MANAGER, cases.submittedReferral(partnership, null, null));
        as(partnership, MANAGER, () -> assignments.assign(x, form("access.reviewer", "Rae Reviewer",
                ReviewPart.LEAD_REVIEWER)));

        List<String> opened = new java.util.ArrayList<>();
        for (Map.Entry<String, java.util.function.Function<String, Callable<?>>> page : fullReviewPages().entrySet()) {
            boolean readsIt = true;
            try {
                as(partnership, REVIEWER, page.getValue().apply(x));
            } catch (AccessDeniedException notTheirRole) {
                readsIt = false;
            } catch (RefusedException | InvalidFieldException pastTheAccessCheck) {
                // The page answered about the review itself (not yet at that stage): it was let in.
            }
            Class<? extends RuntimeException> nothing = readsIt ? RecordNotFoundException.class
                    : AccessDeniedException.class;
            assertThrows(nothing, () -> as(partnership, REVIEWER, page.getValue().apply(y)),
                    "assigned to X, the reviewer gets nothing of Y: " + page.getKey());
            assertThrows(nothing, () -> as(neighbour, REVIEWER, page.getValue().apply(x)),
                    "nor of X asked for from another partnership: " + page.getKey());
            if (readsIt) {
                opened.add(page.getKey());
            }
        }
        assertTrue(opened.size() >= 8, "the lead reviewer reads most of their review's pages: " + opened);
        assertTrue(as(partnership, MANAGER, () -> audit.recent(500)).stream()
                .filter(e -> e.outcome() == AuditOutcome.DENIED && "access.reviewer".equals(e.actor()))
                .count() >= opened.size(), "each attempt on Y is audited");
    }

    /**
     * Every page of a full review (§8), by name, for the review whose id it is given; internal lookups
     * that pages never use (`AgreedRecommendations`, an `@InternalApi`) check nothing and are not here.
     */
    private Map<String, java.util.function.Function<String, Callable<?>>> fullReviewPages() {
        Map<String, java.util.function.Function<String, Callable<?>>> pages = new LinkedHashMap<>();
        pages.put("terms of reference", id -> () -> terms.of(id));
        pages.put("family", id -> () -> family.of(id));
        pages.put("review and case groups", id -> () -> groups.of(id));
        pages.put("report written in the product", id -> () -> writtenReports.of(id));
        pages.put("factual accuracy", id -> () -> accuracy.of(id));
        pages.put("sign-off", id -> () -> signOffs.of(id));
        pages.put("publication", id -> () -> publications.of(id));
        pages.put("assurance questions", id -> () -> assurance.of(id));
        pages.put("methodology", id -> () -> methodologies.of(id));
        pages.put("lead reviewer", id -> () -> leadReviewers.of(id));
        pages.put("learning report", id -> () -> learningReports.of(id));
        pages.put("good practice", id -> () -> goodPractice.of(id));
        pages.put("agency review", id -> () -> agencyReviews.of(id));
        pages.put("action plan", id -> () -> actionPlans.of(id));
        pages.put("learning events", id -> () -> learningEvents.of(id));
        return pages;
    }

    @Test
    void aReviewerAssignedToOneReviewSeesItOnEveryPageAndNothingOfAnother() {
        ActiveTenant partnership = tenants.provision("it-access-reviewer");
        AgencyView police = cases.agency(partnership, MANAGER, "Police", AgencyKind.POLICE, "Police", "access.police");
        String x = reviewWithRequests(partnership, police);
        String y = reviewWithRequests(partnership, police);

        for (Map.Entry<String, Callable<?>> page : pages(partnership, x).entrySet()) {
            assertThrows(RecordNotFoundException.class, () -> as(partnership, REVIEWER, page.getValue()),
                    "unassigned, the reviewer finds nothing: " + page.getKey());
        }

        AssignmentView given = as(partnership, MANAGER, () -> assignments.assign(x, form("access.reviewer",
                "Rae Reviewer", ReviewPart.LEAD_REVIEWER)));
        for (Map.Entry<String, Callable<?>> page : pages(partnership, x).entrySet()) {
            Object shown = as(partnership, REVIEWER, page.getValue());
            assertTrue(shown != null, page.getKey());
        }
        for (Map.Entry<String, Callable<?>> page : pages(partnership, y).entrySet()) {
            assertThrows(RecordNotFoundException.class, () -> as(partnership, REVIEWER, page.getValue()),
                    "assigned to X, the reviewer finds nothing of Y: " + page.getKey());
        }
        assertTrue(as(partnership, MANAGER, () -> audit.historyOf("review", y)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED && "access.reviewer".equals(e.actor())),
                "the attempts on Y are audited");
        assertEquals(List.of(x), as(partnership, REVIEWER, () -> reviews.list(1)).items().stream()
                .map(r -> r.id()).toList(), "their list of reviews holds theirs and no other");
        assertThrows(AccessDeniedException.class, () -> as(partnership, REVIEWER, () -> assignments.assign(x,
                form("someone.else", "Someone Else", ReviewPart.REVIEW_GROUP_MEMBER))), "nor are assignments");

        ActiveTenant neighbour = tenants.provision("it-access-reviewer-other");
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, REVIEWER, () -> reviews.view(x)),
                "a reviewer of another partnership finds nothing, even by the id");
        // Another partnership's business manager can neither see nor change this review's people or stage.
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER, () -> assignments.ofReview(x)));
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER, () -> assignments.assign(x,
                form("someone.else", "Someone Else", ReviewPart.REVIEW_GROUP_MEMBER))));
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER,
                () -> assignments.end(given.id(), "Not theirs")));
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER, () -> reviews.pause(x, "Not theirs")));
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER, () -> reviews.stage(x)));
        assertTrue(as(neighbour, MANAGER, () -> audit.historyOf("review-assignment", given.id())).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED), "the attempts are audited where they were made");
        assertTrue(as(neighbour, MANAGER, () -> audit.historyOf("review", x)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED));
        assertTrue(as(partnership, MANAGER, () -> assignments.ofReview(x)).stream().allMatch(AssignmentView::active),
                "and nothing changed here");

        as(partnership, MANAGER, () -> assignments.end(given.id(), "Contract ended"));
        assertEquals(0, as(partnership, REVIEWER, () -> reviews.list(1)).total(), "ended, it leaves their list");
        assertThrows(RecordNotFoundException.class, () -> as(partnership, REVIEWER, () -> reviews.view(x)),
                "the assignment ended, the review is gone for them");
        List<AssignmentView> onX = as(partnership, MANAGER, () -> assignments.ofReview(x));
        assertEquals("Contract ended", onX.get(0).endReason(), "ended, never deleted");
        assertTrue(as(partnership, MANAGER, () -> audit.historyOf("review-assignment", given.id())).size() >= 2,
                "given and ended, both audited");
    }

    @Test
    void thePrsgChairChoosesTheChairWhoDeclaresIndependenceAndARepresentativeNamesTheirPartner() {
        ActiveTenant partnership = tenants.provision("it-access-chair");
        String review = cases.rapidReviewOf(partnership, MANAGER, cases.submittedReferral(partnership, null, null));

        AssignmentForm chair = form("access.chair", "Independent Chair Ina", ReviewPart.CHAIR);
        chair.setIndependent(true);
        assertThrows(AccessDeniedException.class, () -> as(partnership, MANAGER, () -> assignments.assign(review, chair)),
                "\u00a77.6: the chair is the PRSG chair's choice, not the business unit's");
        assertThrows(AccessDeniedException.class, () -> as(partnership, PRSG_CHAIR, () -> assignments.assign(review,
                form("access.lead", "Lead Lou", ReviewPart.LEAD_REVIEWER))), "and the other parts are the business unit's");
        chair.setIndependent(false);
        InvalidFieldException undeclared = assertThrows(InvalidFieldException.class,
                () -> as(partnership, PRSG_CHAIR, () -> assignments.assign(review, chair)));
        assertEquals("independent", undeclared.field());
        chair.setIndependent(true);
        chair.setConflicts("Worked with the health visitor in 2019 on another case");
        AssignmentView chosen = as(partnership, PRSG_CHAIR, () -> assignments.assign(review, chair));
        assertEquals("Independent Chair Ina", as(partnership, MANAGER, () -> reviews.view(review)).chair(),
                "the chair is the review's named chair (\u00a77.6)");
        assertEquals("fixture.prsg", chosen.givenBy());
        AssignmentForm second = form("access.chair2", "Another Chair", ReviewPart.CHAIR);
        second.setIndependent(true);
        RefusedException oneChair = assertThrows(RefusedException.class,
                () -> as(partnership, PRSG_CHAIR, () -> assignments.assign(review, second)));
        assertTrue(oneChair.getMessage().contains("has a chair"), oneChair.getMessage());
        assertThrows(AccessDeniedException.class, () -> as(partnership, MANAGER, () -> assignments.end(chosen.id(),
                "Not the business unit's to end")));
        as(partnership, PRSG_CHAIR, () -> assignments.end(chosen.id(), "Conflict found"));
        assertEquals(null, as(partnership, MANAGER, () -> reviews.view(review)).chair(), "ended, the review has no chair");

        AssignmentForm representative = form("access.rep", "Pat Partner", ReviewPart.PARTNER_REPRESENTATIVE);
        representative.setRepresents("The Church");
        InvalidFieldException notAPartner = assertThrows(InvalidFieldException.class,
                () -> as(partnership, MANAGER, () -> assignments.assign(review, representative)));
        assertEquals("represents", notAPartner.field());
        representative.setRepresents("Police");
        assertEquals("Police", as(partnership, MANAGER, () -> assignments.assign(review, representative)).represents());
    }

    /**
     * §10.1: the Virtual Panel sees every review; §3.1: a statutory partner sees a review once it
     * asks their agency (§7.7) or asks them to endorse its outcome (§7.12), and the Safeguarding
     * Executive once an outcome is escalated to it, when its member decides in their own name (§7.12).
     */
    @Test
    void thePanelSeesEveryReviewAPartnerOrTheExecutiveOnlyTheReviewsThatNameThem() {
        ActiveTenant partnership = tenants.provision("it-access-named");
        AgencyView police = cases.agency(partnership, MANAGER, "Police", AgencyKind.POLICE, "Police", "access.police.lead");
        AgencyView health = cases.agency(partnership, MANAGER, "Health", AgencyKind.HEALTH, "Health (ICB)", "access.health");
        AgencyView council = cases.agency(partnership, MANAGER, "Council", AgencyKind.LOCAL_AUTHORITY_CHILDRENS_SERVICES,
                "Local Authority", "access.la");
        String x = cases.rapidReviewOf(partnership, MANAGER, cases.submittedReferral(partnership, null, null));
        String y = cases.rapidReviewOf(partnership, MANAGER, cases.submittedReferral(partnership, null, null));

        for (Caller panel : List.of(ADVISER, PRSG_CHAIR)) {
            assertEquals(2, as(partnership, panel, () -> reviews.list(1)).total(), panel.username());
            assertTrue(as(partnership, panel, () -> reviews.view(y)) != null, panel.username());
        }
        for (Caller named : List.of(POLICE_LEAD, LA_LEAD, EXECUTIVE)) {
            assertThrows(RecordNotFoundException.class, () -> as(partnership, named, () -> reviews.view(x)),
                    named.username() + " is named on nothing yet");
            assertEquals(0, as(partnership, named, () -> reviews.list(1)).total(), named.username());
        }

        SendRequestsForm ask = new SendRequestsForm();
        ask.setAgencyIds(List.of(police.id(), health.id(), council.id()));
        ZonedDateTime soon = ZonedDateTime.now(CLOCK).plusMinutes(20);
        ask.setMeetingDate(soon.toLocalDate());
        ask.setMeetingTime(soon.toLocalTime().withSecond(0).withNano(0));
        ask.setMeetingPlace("Room 1");
        as(partnership, MANAGER, () -> requests.send(x, ask));
        assertEquals(List.of(x), as(partnership, POLICE_LEAD, () -> reviews.list(1)).items().stream().map(r -> r.id())
                .toList(), "\u00a77.7: the review that asked their agency, and no other");
        assertTrue(as(partnership, POLICE_LEAD, () -> meetings.view(x)) != null);
        assertThrows(RecordNotFoundException.class, () -> as(partnership, POLICE_LEAD, () -> reviews.view(y)));
        assertTrue(as(partnership, MANAGER, () -> audit.historyOf("review", y)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED && "access.police.lead".equals(e.actor())),
                "the attempt on the review that does not name them is audited");

        as(partnership, MANAGER, () -> meetings.recordAttendance(x, List.of(
                new AttendeeForm("Pat Police", "Detective Inspector", police.id(), "access.police.lead"),
                new AttendeeForm("Hana Health", "Designated nurse", health.id(), "access.health"),
                new AttendeeForm("Lee Council", "Head of service", council.id(), "access.la"))));
        as(partnership, MANAGER, () -> meetings.writeNotes(x, CaseFixtures.notes(), "Considered: housing was a factor."));
        as(partnership, MANAGER, () -> meetings.recordOutcome(x, Recommendation.NO_FURTHER_ACTION, false,
                "Agencies acted as they should", "access.adviser"));
        as(partnership, LA_LEAD, () -> meetings.endorse(x, "Local Authority", false, "A local review would help"));
        assertThrows(RecordNotFoundException.class, () -> as(partnership, EXECUTIVE, () -> meetings.view(x)),
                "a disagreement alone does not reach the executive");
        assertThrows(RecordNotFoundException.class, () -> as(partnership, EXECUTIVE, () -> meetings.decideAsExecutive(x,
                Recommendation.OTHER_LOCAL_REVIEW, "Not ours yet")));

        as(partnership, MANAGER, () -> meetings.escalate(x, Escalation.Level.SAFEGUARDING_EXECUTIVE));
        assertEquals(List.of(x), as(partnership, EXECUTIVE, () -> reviews.list(1)).items().stream().map(r -> r.id())
                .toList(), "escalated to the executive, the review is theirs to see, and no other");
        assertTrue(as(partnership, EXECUTIVE, () -> reports.report(x, "pdf")).content().length > 0,
                "they read the meeting's report (Document 12) they decide on");
        assertTrue(as(partnership, EXECUTIVE, () -> composites.view(x, ChronologyFilter.none(), true)) != null,
                "and the anonymised composite chronology");
        assertTrue(as(partnership, EXECUTIVE, () -> work.of(EXECUTIVE)).stream().anyMatch(t -> t.action()
                .equals("Decide the outcome escalated to the Safeguarding Executive")), "and waits in their tasks");
        assertThrows(AccessDeniedException.class, () -> as(partnership, MANAGER, () -> meetings.decideAsExecutive(x,
                Recommendation.OTHER_LOCAL_REVIEW, "For them")), "nobody decides in the executive's name");
        InvalidFieldException noReason = assertThrows(InvalidFieldException.class, () -> as(partnership, EXECUTIVE,
                () -> meetings.decideAsExecutive(x, Recommendation.OTHER_LOCAL_REVIEW, " ")));
        assertEquals("decisionRationale", noReason.field());
        MeetingView decided = as(partnership, EXECUTIVE, () -> meetings.decideAsExecutive(x,
                Recommendation.OTHER_LOCAL_REVIEW, "Proportionate local learning"));
        assertEquals(Recommendation.OTHER_LOCAL_REVIEW, decided.finalRecommendation());
        assertTrue(decided.escalations().get(0).decidedBy().startsWith("Evan Executive"), decided.escalations().get(0)
                .decidedBy());
        assertTrue(as(partnership, EXECUTIVE, () -> work.of(EXECUTIVE)).isEmpty(), "decided, it leaves their tasks");
        RefusedException again = assertThrows(RefusedException.class, () -> as(partnership, EXECUTIVE,
                () -> meetings.decideAsExecutive(x, Recommendation.NO_FURTHER_ACTION, "Changed our mind")));
        assertTrue(again.getMessage().contains("awaits"), again.getMessage());
        assertThrows(RecordNotFoundException.class, () -> as(partnership, EXECUTIVE, () -> reviews.view(y)));

        ActiveTenant neighbour = tenants.provision("it-access-named-other");
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, EXECUTIVE, () -> meetings.view(x)),
                "another partnership's executive finds nothing, even by the id");
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, ADVISER, () -> reviews.view(x)));
        assertTrue(as(neighbour, MANAGER, () -> audit.historyOf("review", x)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED), "audited where it was tried");
    }

    /**
     * Issue 14 §2: the search box finds, by reference or a child's initials, what the person may open
     * in this partnership and nothing else; each search is in the audit trail.
     */
    @Test
    void theSearchFindsOnlyWhatThePersonMayOpenAndIsAudited() {
        ActiveTenant partnership = tenants.provision("it-access-search");
        ActiveTenant neighbour = tenants.provision("it-access-search-other");
        String referral = cases.submittedReferral(partnership, null, null);
        String x = cases.rapidReviewOf(partnership, MANAGER, referral);
        String y = cases.rapidReviewOf(partnership, MANAGER, cases.submittedReferral(partnership, null, null));
        String xReference = as(partnership, MANAGER, () -> reviews.view(x)).reference();
        String referralReference = as(partnership, MANAGER, () -> reviews.view(x)).referralReference();

        List<SearchHit> byInitials = as(partnership, MANAGER, () -> search.find(MANAGER, "js"));
        assertEquals(2, byInitials.stream().filter(h -> h.what().equals("Referral")).count(),
                "a child's initials, whatever their case: both referrals of JS");
        assertTrue(as(partnership, MANAGER, () -> search.find(MANAGER, xReference)).stream()
                .anyMatch(h -> h.link().equals("/app/reviews/view.xhtml?id=" + x)));
        assertTrue(as(partnership, MANAGER, () -> search.find(MANAGER, referralReference)).stream()
                .anyMatch(h -> h.what().equals("Review") && h.link().endsWith(x)), "a review by its referral's reference");

        AssignmentForm lead = form("access.reviewer", "Rae Reviewer", ReviewPart.LEAD_REVIEWER);
        as(partnership, MANAGER, () -> assignments.assign(x, lead));
        List<SearchHit> reviewerFinds = as(partnership, REVIEWER, () -> search.find(REVIEWER, "RR-"));
        assertEquals(List.of("/app/reviews/view.xhtml?id=" + x), reviewerFinds.stream().map(SearchHit::link).toList(),
                "a reviewer finds the review assigned to them, not " + y + ", and no referral");
        assertEquals("q", assertThrows(InvalidFieldException.class, () -> as(partnership, MANAGER,
                () -> search.find(MANAGER, " j "))).field(), "two characters at least");
        assertEquals(List.of(), as(neighbour, MANAGER, () -> search.find(MANAGER, xReference)),
                "another partnership finds nothing of it");
        assertTrue(as(partnership, MANAGER, () -> audit.historyOf(SiteSearch.RECORD_TYPE, "RR-")).stream()
                .anyMatch(e -> "access.reviewer".equals(e.actor()) && e.detail().contains("RR-")), "each search is recorded");
    }

    /** Every page and download of a review a reviewer may see, by name. */
    private Map<String, Callable<?>> pages(ActiveTenant partnership, String reviewId) {
        String requestId = as(partnership, MANAGER, () -> requests.ofReview(reviewId)).get(0).id();
        Map<String, Callable<?>> pages = new LinkedHashMap<>();
        pages.put("review", () -> reviews.view(reviewId));
        pages.put("clocks", () -> reviews.clocksOf(reviewId));
        pages.put("stage", () -> reviews.stage(reviewId));
        pages.put("people", () -> assignments.ofReview(reviewId));
        pages.put("meeting", () -> meetings.view(reviewId));
        pages.put("composite", () -> composites.view(reviewId, ChronologyFilter.none(), false));
        pages.put("composite export", () -> composites.export(reviewId, "csv", ChronologyFilter.none(), false));
        pages.put("report", () -> reports.report(reviewId, "pdf"));
        pages.put("papers", () -> reports.papers(reviewId));
        pages.put("a return", () -> requests.returnOf(requestId));
        return pages;
    }

    private String reviewWithRequests(ActiveTenant partnership, AgencyView agency) {
        String review = cases.rapidReviewOf(partnership, MANAGER, cases.submittedReferral(partnership, null, null));
        SendRequestsForm form = new SendRequestsForm();
        form.setAgencyIds(List.of(agency.id()));
        form.setMeetingDate(LocalDate.now(CLOCK).plusDays(10));
        form.setMeetingTime(LocalTime.of(10, 0));
        form.setMeetingPlace("Room 1");
        as(partnership, MANAGER, () -> requests.send(review, form));
        return review;
    }

    private static AssignmentForm form(String username, String name, ReviewPart part) {
        return CaseFixtures.assignment(username, name, part);
    }
}
