package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.reviews.web.it.CaseFixtures.agencySummary;
import static uk.safeguarding.reviews.web.it.CaseFixtures.event;
import static uk.safeguarding.reviews.web.it.TestTenants.as;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguarding.reviews.kernel.ProductClock;
import uk.safeguarding.reviews.agencies.application.AgencyForm;
import uk.safeguarding.reviews.agencies.application.AgencyService;
import uk.safeguarding.reviews.agencies.application.AgencyView;
import uk.safeguarding.reviews.agencies.domain.AgencyKind;
import uk.safeguarding.reviews.audit.AuditOutcome;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.rapidreview.application.Addressee;
import uk.safeguarding.reviews.rapidreview.application.AgencyReturns;
import uk.safeguarding.reviews.rapidreview.application.AgencyTask;
import uk.safeguarding.reviews.rapidreview.application.CrossBoundaryTask;
import uk.safeguarding.reviews.rapidreview.application.CrossBoundaryTasks;
import uk.safeguarding.reviews.rapidreview.application.InformationRequests;
import uk.safeguarding.reviews.rapidreview.application.RequestLine;
import uk.safeguarding.reviews.rapidreview.application.SendRequestsForm;
import uk.safeguarding.reviews.rapidreview.domain.RequestStatus;
import uk.safeguarding.reviews.review.application.ReviewService;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;

/**
 * Cross-boundary information requests (issue 6, §10.2) against PostgreSQL: a partnership asks an
 * agency of another partnership on the instance; that agency's contact, signed in to their own
 * partnership, sees and answers that one request and nothing else of the one that asked.
 */
@ExtendWith(ArquillianExtension.class)
class CrossBoundaryRequestsIT {

    /** The product's clock: bin/test --date moves it for this JVM and the test server alike. */
    private static final Clock CLOCK = ProductClock.configured();

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Caller MANAGER = new Caller("xb.manager", "Manager", Set.of(Role.BUSINESS_MANAGER,
            Role.PANEL_MEMBER));
    private static final Caller NURSE = new Caller("xb.home.nurse", "Home nurse", Set.of(Role.AGENCY_CONTRIBUTOR));

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
    private AgencyService agencies;

    @Inject
    private InformationRequests requests;

    @Inject
    private AgencyReturns returns;

    @Inject
    private CrossBoundaryTasks crossBoundary;

    @Inject
    private AuditTrail audit;

    @Test
    void theOtherPartnershipsAgencyAnswersThatOneRequestFromItsOwnPartnershipAndSeesNothingElse() {
        ActiveTenant asking = tenants.provision("it-xb-ask");
        ActiveTenant home = tenants.provision("it-xb-home");
        String reviewId = rapidReview(asking);
        AgencyView local = agency(asking, "Asking Police", AgencyKind.POLICE, "Police", "xb.local.officer");
        agency(home, "Home Health", AgencyKind.HEALTH, "Health (ICB)", NURSE.username());

        Addressee target = as(asking, MANAGER, requests::askableElsewhere).stream()
                .filter(a -> home.slug().equals(a.homeTenant())).findFirst().orElseThrow();
        assertEquals("Home Health", target.name());
        assertTrue(target.contacts().isEmpty(), "names only, until a request is sent");
        assertTrue(as(home, MANAGER, () -> audit.recent(50)).stream().anyMatch(e -> "agency".equals(e.recordType())
                && e.detail() != null && e.detail().contains("for " + asking.slug())),
                "the reading is in the other partnership's trail");

        List<RequestLine> lines = send(asking, reviewId, local.id(), target.key());
        String crossId = idOf(lines, "Home Health");
        String localId = idOf(lines, "Asking Police");

        List<CrossBoundaryTask> mine = as(home, NURSE, crossBoundary::mine);
        assertEquals(List.of(crossId), mine.stream().map(CrossBoundaryTask::requestId).toList());
        String reviewReference = as(asking, MANAGER, () -> reviews.view(reviewId)).reference();
        assertEquals(reviewReference, mine.get(0).reviewReference());
        assertEquals("Test partnership " + asking.slug(), mine.get(0).fromPartnership());

        AgencyTask task = as(home, NURSE, () -> crossBoundary.act(asking.slug(), crossId, AgencyReturns::task));
        assertTrue(task.letterBody().contains("request.xhtml?id=" + crossId + "&from=" + asking.slug()),
                "the letter's link opens the task from the agency's own partnership: " + task.letterBody());
        assertTrue(task.sharedFacts().contains("Jamie Smith"), "the facts the request shares, behind sign-in");
        as(home, NURSE, () -> crossBoundary.act(asking.slug(), crossId,
                (r, id) -> r.saveSummary(id, agencySummary("Health visitor since birth"))));
        as(home, NURSE, () -> crossBoundary.act(asking.slug(), crossId,
                (r, id) -> r.putEntry(id, event(LocalDate.now(CLOCK).minusDays(20), "Missed health visit"))));
        AgencyTask submitted = as(home, NURSE, () -> crossBoundary.act(asking.slug(), crossId, AgencyReturns::submit));
        assertEquals(RequestStatus.SUBMITTED, submitted.status());

        RequestLine returned = as(asking, MANAGER, () -> requests.ofReview(reviewId)).stream()
                .filter(l -> l.id().equals(crossId)).findFirst().orElseThrow();
        assertEquals(RequestStatus.SUBMITTED, returned.status());
        assertEquals(1, returned.events());
        assertTrue(as(asking, MANAGER, () -> audit.historyOf("information-request", crossId)).stream()
                .anyMatch(e -> e.actor().equals(NURSE.username()) && e.outcome() == AuditOutcome.ALLOWED
                        && e.detail() != null && e.detail().startsWith("return submitted")),
                "the asking partnership's trail has the agency's work");

        // Nothing else of the asking partnership: not its own agency's request, not through another door.
        assertThrows(RecordNotFoundException.class, () -> as(home, NURSE,
                () -> crossBoundary.act(asking.slug(), localId, AgencyReturns::task)));
        assertThrows(RecordNotFoundException.class, () -> as(home, NURSE,
                () -> crossBoundary.act(home.slug(), crossId, AgencyReturns::task)));
        Caller colleague = new Caller("xb.home.colleague", "Colleague", Set.of(Role.AGENCY_CONTRIBUTOR));
        assertTrue(as(home, colleague, crossBoundary::mine).isEmpty());
        assertThrows(RecordNotFoundException.class, () -> as(home, colleague,
                () -> crossBoundary.act(asking.slug(), crossId, AgencyReturns::task)));
        assertTrue(as(home, MANAGER, () -> audit.recent(50)).stream().anyMatch(e -> e.outcome() == AuditOutcome.DENIED
                && "xb.home.colleague".equals(e.actor())), "the attempt is in the agency's partnership's trail");
        // Even as a contributor inside the asking partnership (what the crossing gives), only that request.
        assertThrows(RecordNotFoundException.class, () -> as(asking, NURSE, () -> returns.task(localId)));
        assertTrue(as(asking, NURSE, () -> returns.myTasks(1)).items().isEmpty());
    }

    @Test
    void askingAcrossIsRefusedForItselfAnUnknownPartnershipOrAgencyNoContactOrTwice() {
        ActiveTenant asking = tenants.provision("it-xb-bad-ask");
        ActiveTenant home = tenants.provision("it-xb-bad-home");
        String reviewId = rapidReview(asking);
        AgencyView local = agency(asking, "Asking Police", AgencyKind.POLICE, "Police", "xb.bad.officer");
        AgencyView homeHealth = agency(home, "Home Health", AgencyKind.HEALTH, "Health (ICB)", "xb.bad.nurse");
        AgencyForm noContact = new AgencyForm();
        noContact.setName("Home School");
        noContact.setKind(AgencyKind.EDUCATION);
        AgencyView school = as(home, MANAGER, () -> agencies.add(noContact));

        assertRefused(asking, reviewId, "not on this service", asking.slug() + "/" + local.id());
        assertRefused(asking, reviewId, "not on this service", "it-xb-no-such-board/" + local.id());
        assertRefused(asking, reviewId, "no longer on", home.slug() + "/no-such-agency");
        assertRefused(asking, reviewId, "ask its partnership to add one", home.slug() + "/" + school.id());
        send(asking, reviewId, home.slug() + "/" + homeHealth.id());
        assertRefused(asking, reviewId, "already asked", home.slug() + "/" + homeHealth.id());
    }

    private void assertRefused(ActiveTenant asking, String reviewId, String because, String agencyKey) {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> send(asking, reviewId, agencyKey));
        assertEquals("agencyIds", refused.field());
        assertTrue(refused.getMessage().contains(because), refused.getMessage());
    }

    private List<RequestLine> send(ActiveTenant asking, String reviewId, String... agencyKeys) {
        ZonedDateTime meeting = ZonedDateTime.now(CLOCK).plusDays(10).toLocalDate().atTime(10, 0).atZone(UK);
        SendRequestsForm form = new SendRequestsForm();
        form.setAgencyIds(List.of(agencyKeys));
        form.setMeetingDate(meeting.toLocalDate());
        form.setMeetingTime(meeting.toLocalTime());
        form.setMeetingPlace("Room 1");
        return as(asking, MANAGER, () -> requests.send(reviewId, form));
    }

    private static String idOf(List<RequestLine> lines, String agency) {
        return lines.stream().filter(l -> l.agencyName().equals(agency)).findFirst().orElseThrow().id();
    }

    private String rapidReview(ActiveTenant partnership) {
        return cases.rapidReviewOf(partnership, MANAGER, cases.submittedReferral(partnership, null, null));
    }

    private AgencyView agency(ActiveTenant partnership, String name, AgencyKind kind, String partner, String contact) {
        return cases.agency(partnership, MANAGER, name, kind, partner, contact);
    }
}
