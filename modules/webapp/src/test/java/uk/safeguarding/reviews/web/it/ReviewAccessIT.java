package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.reviews.web.it.TestTenants.as;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
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
import uk.safeguarding.reviews.rapidreview.application.CompositeChronologies;
import uk.safeguarding.reviews.rapidreview.application.InformationRequests;
import uk.safeguarding.reviews.rapidreview.application.RapidReviewMeetings;
import uk.safeguarding.reviews.rapidreview.application.RapidReviewReports;
import uk.safeguarding.reviews.rapidreview.application.SendRequestsForm;
import uk.safeguarding.reviews.review.application.AssignmentForm;
import uk.safeguarding.reviews.review.application.AssignmentView;
import uk.safeguarding.reviews.review.application.ReviewAssignments;
import uk.safeguarding.reviews.review.application.ReviewService;
import uk.safeguarding.reviews.review.domain.ReviewPart;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;

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
    void aChairDeclaresIndependenceAndARepresentativeNamesTheirPartner() {
        ActiveTenant partnership = tenants.provision("it-access-chair");
        String review = cases.rapidReviewOf(partnership, MANAGER, cases.submittedReferral(partnership, null, null));

        AssignmentForm chair = form("access.chair", "Independent Chair Ina", ReviewPart.CHAIR);
        InvalidFieldException undeclared = assertThrows(InvalidFieldException.class,
                () -> as(partnership, MANAGER, () -> assignments.assign(review, chair)));
        assertEquals("independent", undeclared.field());
        chair.setIndependent(true);
        chair.setConflicts("Worked with the health visitor in 2019 on another case");
        as(partnership, MANAGER, () -> assignments.assign(review, chair));
        assertEquals("Independent Chair Ina", as(partnership, MANAGER, () -> reviews.view(review)).chair(),
                "the chair is the review's named chair (\u00a77.6)");
        AssignmentForm second = form("access.chair2", "Another Chair", ReviewPart.CHAIR);
        second.setIndependent(true);
        RefusedException oneChair = assertThrows(RefusedException.class,
                () -> as(partnership, MANAGER, () -> assignments.assign(review, second)));
        assertTrue(oneChair.getMessage().contains("has a chair"), oneChair.getMessage());

        AssignmentForm representative = form("access.rep", "Pat Partner", ReviewPart.PARTNER_REPRESENTATIVE);
        representative.setRepresents("The Church");
        InvalidFieldException notAPartner = assertThrows(InvalidFieldException.class,
                () -> as(partnership, MANAGER, () -> assignments.assign(review, representative)));
        assertEquals("represents", notAPartner.field());
        representative.setRepresents("Police");
        assertEquals("Police", as(partnership, MANAGER, () -> assignments.assign(review, representative)).represents());
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
        AssignmentForm form = new AssignmentForm();
        form.setUsername(username);
        form.setPersonName(name);
        form.setPart(part);
        return form;
    }
}
