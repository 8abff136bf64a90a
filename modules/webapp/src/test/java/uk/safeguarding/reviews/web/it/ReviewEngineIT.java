package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.reviews.web.it.TestTenants.as;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguarding.reviews.agencies.domain.AgencyKind;
import uk.safeguarding.reviews.audit.AuditOutcome;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.application.ClockLine;
import uk.safeguarding.reviews.clocks.application.ClockRulesService;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.clocks.domain.StartEvent;
import uk.safeguarding.reviews.clocks.domain.RunningClock;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Page;
import uk.safeguarding.reviews.kernel.ProductClock;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.kernel.RefusedException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.agencies.application.AgencyView;
import uk.safeguarding.reviews.chronology.domain.ChronologyFilter;
import uk.safeguarding.reviews.rapidreview.application.AgencyReturns;
import uk.safeguarding.reviews.rapidreview.application.AttendeeForm;
import uk.safeguarding.reviews.rapidreview.application.CompositeChronologies;
import uk.safeguarding.reviews.rapidreview.application.InformationRequests;
import uk.safeguarding.reviews.rapidreview.application.MeetingView;
import uk.safeguarding.reviews.rapidreview.application.NationalPanelNotifications;
import uk.safeguarding.reviews.rapidreview.application.RapidReviewMeetings;
import uk.safeguarding.reviews.rapidreview.application.RequestLine;
import uk.safeguarding.reviews.rapidreview.application.SendRequestsForm;
import uk.safeguarding.reviews.review.application.AssignmentForm;
import uk.safeguarding.reviews.review.application.KindDefinitionView;
import uk.safeguarding.reviews.review.application.NationalPanelNotice;
import uk.safeguarding.reviews.review.application.ReviewAssignments;
import uk.safeguarding.reviews.review.application.ReviewEngine;
import uk.safeguarding.reviews.review.application.ReviewKinds;
import uk.safeguarding.reviews.review.application.ReviewFilter;
import uk.safeguarding.reviews.review.application.ReviewRow;
import uk.safeguarding.reviews.review.application.ReviewService;
import uk.safeguarding.reviews.review.application.ReviewStageView;
import uk.safeguarding.reviews.review.domain.ReviewPart;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;

/**
 * The review engine against real PostgreSQL (issue 13 §1): kinds of review are each partnership's
 * data, versioned and audited, refused when they name what the product does not know; a review keeps
 * the version it opened under; a review is paused with its clocks (§3.1) and resumed; and none of it
 * crosses to another partnership.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewEngineIT {

    private static final java.time.Clock CLOCK = ProductClock.configured();
    private static final Caller MANAGER = new Caller("engine.manager", "Manager", Set.of(Role.BUSINESS_MANAGER));
    private static final Caller PANEL = new Caller("engine.panel", "Panel member", Set.of(Role.PANEL_MEMBER));

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestHelpers();
    }

    @Inject
    private TestTenants tenants;

    @Inject
    private CaseFixtures cases;

    @Inject
    private ReviewKinds kinds;

    @Inject
    private ReviewService reviews;

    @Inject
    private ClockService clocks;

    @Inject
    private AuditTrail audit;

    @Inject
    private ReviewEngine engine;

    @Inject
    private ClockRulesService clockRules;

    @Inject
    private NationalPanelNotifications notices;

    @Inject
    private ReviewAssignments assignments;

    @Inject
    private InformationRequests requests;

    @Inject
    private AgencyReturns returns;

    @Inject
    private CompositeChronologies composites;

    @Inject
    private RapidReviewMeetings meetings;

    @Inject
    private jakarta.transaction.UserTransaction tx;

    @Inject
    private uk.safeguarding.reviews.practicereview.application.LocalReviewsAfterRapidReview localReviews;

    @Inject
    private uk.safeguarding.reviews.referral.application.ReferralService referrals;

    @Test
    void aPartnershipsKindsAreItsOwnVersionedDataAndAReviewKeepsTheVersionItOpenedUnder() {
        ActiveTenant partnership = tenants.provision("it-engine-kinds");
        ActiveTenant neighbour = tenants.provision("it-engine-kinds-other");
        String before = cases.rapidReviewOf(partnership, MANAGER, cases.submittedReferral(partnership, null, null));

        KindDefinitionView shipped = as(partnership, MANAGER, () -> kinds.inForce()).stream()
                .filter(k -> k.kindKey().equals("rapid-review")).findFirst().orElseThrow();
        assertEquals(1, shipped.version());
        assertEquals(List.of("gathering", "meeting", "decision", "national-panel", "concluded"),
                shipped.definition().stages().stream().map(s -> s.key()).toList());

        InvalidFieldException script = assertThrows(InvalidFieldException.class, () -> as(partnership, MANAGER,
                () -> kinds.publish("rapid-review", shipped.json().replace("\"name\": \"Rapid Review\"",
                        "\"name\": \"Rapid Review\", \"onEnter\": \"sendAll()\""), "Try a script")));
        assertEquals("definition", script.field());
        assertTrue(script.getMessage().contains("\u201conEnter\u201d is not a known key"), script.getMessage());
        InvalidFieldException unknownClock = assertThrows(InvalidFieldException.class, () -> as(partnership, MANAGER,
                () -> kinds.publish("rapid-review", shipped.json().replace("\"rapid-review-report\"", "\"tea-break\""),
                        "Try a clock that is not a rule")));
        assertTrue(unknownClock.getMessage().contains("\u201ctea-break\u201d is not a known clock rule"),
                unknownClock.getMessage());
        assertThrows(InvalidFieldException.class, () -> as(partnership, MANAGER,
                () -> kinds.publish("rapid-review", shipped.json(), " ")), "a reason is required");
        assertEquals("reason", assertThrows(InvalidFieldException.class, () -> as(partnership, MANAGER,
                () -> kinds.publish("rapid-review", shipped.json(), "x".repeat(1001)))).field(), "and fits its field");
        assertThrows(AccessDeniedException.class, () -> as(partnership, PANEL,
                () -> kinds.publish("rapid-review", shipped.json(), "Not theirs to change")));

        KindDefinitionView renamed = as(partnership, MANAGER, () -> kinds.publish("rapid-review", shipped.json()
                .replace("\"Gathering information from agencies\"", "\"Asking the agencies\""),
                "Our board's own words"));
        assertEquals(2, renamed.version());
        assertEquals("Asking the agencies", renamed.definition().first().name());
        assertTrue(as(partnership, MANAGER, () -> audit.historyOf("review-kind", "rapid-review/v2")).stream()
                .anyMatch(e -> e.detail().contains("Our board's own words")), "the change is audited");

        String after = cases.rapidReviewOf(partnership, MANAGER, cases.submittedReferral(partnership, null, null));
        ReviewStageView old = as(partnership, MANAGER, () -> reviews.stage(before));
        ReviewStageView fresh = as(partnership, MANAGER, () -> reviews.stage(after));
        assertEquals(1, old.kindVersion());
        assertEquals("Gathering information from agencies", old.stage().name(), "a running review keeps its version");
        assertEquals(2, fresh.kindVersion());
        assertEquals("Asking the agencies", fresh.stage().name());

        assertEquals(1, as(neighbour, MANAGER, () -> kinds.inForce()).stream()
                .filter(k -> k.kindKey().equals("rapid-review")).findFirst().orElseThrow().version(),
                "another partnership's kinds are untouched");
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER, () -> reviews.stage(after)));
        assertTrue(as(neighbour, MANAGER, () -> audit.historyOf("review", after)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED), "the attempt is audited where it was made");
    }

    @Test
    void aPausedReviewsClocksStopUntilItResumesAndItCannotMoveOnMeanwhile() {
        ActiveTenant partnership = tenants.provision("it-engine-pause");
        String review = cases.rapidReviewOf(partnership, MANAGER, cases.submittedReferral(partnership, null, null));
        assertTrue(running(partnership, review).stream().anyMatch(c -> c.state() == RunningClock.State.RUNNING));

        InvalidFieldException noReason = assertThrows(InvalidFieldException.class,
                () -> as(partnership, MANAGER, () -> reviews.pause(review, "  ")));
        assertEquals("pauseReason", noReason.field());
        assertThrows(AccessDeniedException.class, () -> as(partnership, PANEL,
                () -> reviews.pause(review, "Criminal proceedings")));

        ReviewStageView paused = as(partnership, MANAGER, () -> reviews.pause(review,
                "Criminal proceedings under way (\u00a73.1)"));
        assertTrue(paused.paused());
        assertEquals("Gathering information from agencies", paused.pauses().get(0).stage());
        List<ClockLine> stopped = running(partnership, review);
        assertTrue(stopped.stream().filter(c -> c.state() != RunningClock.State.MET)
                .allMatch(c -> c.state() == RunningClock.State.PAUSED), stopped.toString());
        RefusedException held = assertThrows(RefusedException.class, () -> as(partnership, MANAGER, () -> {
            tx.begin();
            try {
                engine.reached(review, "requests-sent", java.time.ZonedDateTime.now(ProductClock.configured()));
                return null;
            } finally {
                tx.rollback();
            }
        }));
        assertTrue(held.getMessage().contains("resume it before it moves on"), held.getMessage());
        RefusedException twice = assertThrows(RefusedException.class,
                () -> as(partnership, MANAGER, () -> reviews.pause(review, "Again")));
        assertTrue(twice.getMessage().contains("is paused"), twice.getMessage());

        ReviewStageView resumed = as(partnership, MANAGER, () -> reviews.resume(review));
        assertTrue(!resumed.paused());
        assertEquals("engine.manager", resumed.pauses().get(0).resumedBy());
        assertTrue(running(partnership, review).stream().noneMatch(c -> c.state() == RunningClock.State.PAUSED));
        assertThrows(RefusedException.class, () -> as(partnership, MANAGER, () -> reviews.resume(review)),
                "a review not paused cannot resume");
        assertTrue(as(partnership, MANAGER, () -> audit.historyOf("review", review)).stream()
                .anyMatch(e -> e.detail() != null && e.detail().startsWith("paused at")), "the pause is audited");
    }

    @Test
    void theListOfReviewsIsPagedInTheDatabaseWithEachReviewsStageAndNextDeadline() {
        ActiveTenant partnership = tenants.provision("it-engine-list");
        ActiveTenant neighbour = tenants.provision("it-engine-list-other");
        List<String> opened = new java.util.ArrayList<>();
        for (int i = 0; i < Page.DEFAULT_SIZE + 1; i++) {
            opened.add(cases.rapidReviewOf(partnership, MANAGER, cases.submittedReferral(partnership, null, null)));
        }

        Page<ReviewRow> first = as(partnership, PANEL, () -> reviews.list(1));
        assertEquals(Page.DEFAULT_SIZE + 1, first.total(), "the count says how many there are: no silent cut");
        assertEquals(Page.DEFAULT_SIZE, first.items().size());
        assertEquals(opened.get(opened.size() - 1), first.items().get(0).id(), "newest first");
        ReviewRow row = first.items().get(0);
        assertEquals("Rapid Review", row.kindName());
        assertEquals("Gathering information from agencies", row.stageName());
        ClockLine soonest = running(partnership, row.id()).stream().filter(c -> c.state() == RunningClock.State.RUNNING)
                .min(java.util.Comparator.comparing(ClockLine::dueBy)).orElseThrow();
        assertEquals(soonest.ruleKey(), row.nextClock(), "the next deadline is the soonest open clock");
        assertEquals(soonest.dueDay(), row.nextDue());
        Page<ReviewRow> second = as(partnership, PANEL, () -> reviews.list(2));
        assertEquals(List.of(opened.get(0)), second.items().stream().map(ReviewRow::id).toList());
        assertEquals(2, as(partnership, PANEL, () -> reviews.list(99)).number(), "a page past the end shows the last");

        // Issue 14 §2: narrowed by kind, stage and year and ordered, in the database; the count follows the filter.
        String local = cases.localCaseReviewOf(partnership, MANAGER, cases.submittedReferral(partnership, null, null));
        assertEquals(List.of(local), as(partnership, PANEL, () -> reviews.list(ReviewFilter.of("local-case-review", null,
                null, null), 1)).items().stream().map(ReviewRow::id).toList());
        assertEquals(Page.DEFAULT_SIZE + 1, as(partnership, PANEL, () -> reviews.list(ReviewFilter.of(null, "gathering",
                null, null), 1)).total(), "the Rapid Reviews still gathering information");
        int thisYear = java.time.ZonedDateTime.now(CLOCK).withZoneSameInstant(DeadlineCalculator.UK).getYear();
        assertEquals(Page.DEFAULT_SIZE + 2, as(partnership, PANEL, () -> reviews.list(ReviewFilter.of(null, null,
                String.valueOf(thisYear), null), 1)).total());
        assertEquals(0, as(partnership, PANEL, () -> reviews.list(ReviewFilter.of(null, null,
                String.valueOf(thisYear - 1), null), 1)).total(), "none opened last year");
        assertEquals(List.of(thisYear), as(partnership, PANEL, () -> reviews.filterChoices()).years());
        assertEquals(opened.get(0), as(partnership, PANEL, () -> reviews.list(ReviewFilter.of(null, null, null, "oldest"),
                1)).items().get(0).id(), "oldest first when asked");
        List<String> byReference = as(partnership, PANEL, () -> reviews.list(ReviewFilter.of(null, null, null,
                "REFERENCE"), 1)).items().stream().map(ReviewRow::reference).toList();
        assertEquals(byReference.stream().sorted().toList(), byReference, "by reference when asked");
        assertEquals(ReviewFilter.NONE, ReviewFilter.of("a-kind-we-do-not-run", " ", "twenty", "sideways"),
                "what a page cannot read narrows nothing");
        assertEquals(0, as(neighbour, MANAGER, () -> reviews.list(1)).total(), "another partnership sees none of them");
        assertThrows(AccessDeniedException.class, () -> as(partnership, TestTenants.referrer("engine.referrer"),
                () -> reviews.list(1)));
    }

    /**
     * Issue 14 §4 item 1 (§4.2 table, §7.4): the National Panel notification is recorded on the review
     * after the decision, by the local authority's representative or the business unit; it meets its
     * clock, and a partnership that counts the Rapid Review's 15 days from it gets that clock only
     * then, the review saying meanwhile that the clock waits for it.
     */
    @Test
    void theNotificationRecordedAfterTheDecisionStartsTheRapidReviewClockOfAPartnershipCountingFromIt() {
        ActiveTenant partnership = tenants.provision("it-engine-notice");
        ActiveTenant neighbour = tenants.provision("it-engine-notice-other");
        as(partnership, MANAGER, () -> clockRules.publishChange(CaseFixtures.clockRuleChange("rapid-review", 15,
                StartEvent.NATIONAL_PANEL_NOTIFIED, "We count the Rapid Review from the notification")));
        String review = cases.rapidReviewOf(partnership, MANAGER, cases.submittedReferral(partnership, null, null));

        NationalPanelNotice before = as(partnership, MANAGER, () -> reviews.nationalPanelNotice(review));
        assertTrue(before.applies() && !before.recorded());
        assertEquals(List.of("rapid-review"), before.waitingClocks(), "the review says the clock waits for it");
        assertTrue(running(partnership, review).stream().noneMatch(c -> c.ruleKey().equals("rapid-review")));
        assertTrue(running(partnership, review).stream().anyMatch(c -> c.ruleKey().equals("notify-national-panel")
                && c.state() == RunningClock.State.RUNNING), "the notification's own clock runs from the LA's awareness");

        cases.agency(partnership, MANAGER, "Council", AgencyKind.LOCAL_AUTHORITY_CHILDRENS_SERVICES,
                "Local Authority", "notice.la");
        cases.agency(partnership, MANAGER, "Police", AgencyKind.POLICE, "Police", "notice.police");
        Caller laLead = new Caller("notice.la", "Lee Council", Set.of(Role.STATUTORY_PARTNER));
        Caller policeLead = new Caller("notice.police", "Pat Police", Set.of(Role.STATUTORY_PARTNER));
        assertThrows(RecordNotFoundException.class, () -> as(partnership, laLead, () -> notices.record(review,
                LocalDate.now(CLOCK), null)), "a representative the review does not name finds nothing");
        for (String[] person : new String[][] {{"notice.la", "Lee Council", "Local Authority"},
                {"notice.police", "Pat Police", "Police"}}) {
            AssignmentForm representative = new AssignmentForm();
            representative.setUsername(person[0]);
            representative.setPersonName(person[1]);
            representative.setPart(ReviewPart.PARTNER_REPRESENTATIVE);
            representative.setRepresents(person[2]);
            as(partnership, MANAGER, () -> assignments.assign(review, representative));
        }
        assertThrows(AccessDeniedException.class, () -> as(partnership, policeLead, () -> notices.record(review,
                LocalDate.now(CLOCK), null)), "only the local authority's representative notifies (\u00a74.2 table)");
        assertEquals("sentOn", assertThrows(InvalidFieldException.class, () -> as(partnership, laLead,
                () -> notices.record(review, LocalDate.now(CLOCK).plusDays(1), null))).field(), "not in the future");
        assertEquals("copyReceivedOn", assertThrows(InvalidFieldException.class, () -> as(partnership, laLead,
                () -> notices.record(review, LocalDate.now(CLOCK).minusDays(1), LocalDate.now(CLOCK).minusDays(2))))
                .field(), "the copy cannot arrive before the notification");
        assertTrue(running(partnership, review).stream().noneMatch(c -> c.ruleKey().equals("rapid-review")),
                "a refused notification starts nothing");

        LocalDate sentOn = LocalDate.now(CLOCK).minusDays(1);
        NationalPanelNotice recorded = as(partnership, laLead, () -> notices.record(review, sentOn, LocalDate.now(CLOCK)));
        assertEquals(sentOn, recorded.sentOn());
        assertTrue(recorded.recordedBy().contains("notice.la"), recorded.recordedBy());
        assertEquals(List.of(), recorded.waitingClocks());
        ClockLine rapidReview = running(partnership, review).stream().filter(c -> c.ruleKey().equals("rapid-review"))
                .findFirst().orElseThrow();
        assertEquals(sentOn, rapidReview.startedAt().toLocalDate(), "the 15 working days count from the notification");
        assertEquals(as(partnership, MANAGER, () -> clocks.dueBy("rapid-review", DeadlineCalculator.endOf(sentOn)))
                .toLocalDate(), rapidReview.dueDay());
        assertEquals(RunningClock.State.MET, running(partnership, review).stream()
                .filter(c -> c.ruleKey().equals("notify-national-panel")).findFirst().orElseThrow().state());
        assertEquals("sentOn", assertThrows(InvalidFieldException.class, () -> as(partnership, MANAGER,
                () -> notices.record(review, LocalDate.now(CLOCK), null))).field(), "recorded once");
        assertTrue(as(partnership, MANAGER, () -> audit.historyOf("review", review)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED && "notice.police".equals(e.actor())));

        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER, () -> notices.record(review,
                LocalDate.now(CLOCK), null)), "another partnership finds nothing");
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER, () -> reviews.nationalPanelNotice(review)));
        assertTrue(as(neighbour, MANAGER, () -> audit.historyOf("review", review)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED), "and the attempt is audited there");
    }

    /**
     * Issue 14 §4 item 5 (§7.7: requests go out "in all cases"): a local case review asks agencies for
     * information, receives their returns and holds its meeting, as its stage's capabilities allow;
     * a kind whose stage lacks the capability is refused with the stage named.
     */
    @Test
    void aLocalCaseReviewAsksTheAgenciesAndHoldsItsMeetingLikeARapidReview() {
        ActiveTenant partnership = tenants.provision("it-engine-lcr");
        String review = cases.localCaseReviewOf(partnership, MANAGER, cases.submittedReferral(partnership, null, null));
        assertEquals("LCR", as(partnership, MANAGER, () -> reviews.view(review)).reference().substring(0, 3));
        AgencyView police = cases.agency(partnership, MANAGER, "Police", AgencyKind.POLICE, "Police", "lcr.police");
        SendRequestsForm ask = new SendRequestsForm();
        ask.setAgencyIds(List.of(police.id()));
        java.time.ZonedDateTime soon = java.time.ZonedDateTime.now(CLOCK).plusMinutes(20);
        ask.setMeetingDate(soon.toLocalDate());
        ask.setMeetingTime(soon.toLocalTime().withSecond(0).withNano(0));
        ask.setMeetingPlace("Room 3");
        List<RequestLine> sent = as(partnership, MANAGER, () -> requests.send(review, ask));
        assertEquals(1, sent.size(), "\u00a77.7: the request goes out for a local case review too");
        assertEquals("review", as(partnership, MANAGER, () -> reviews.stage(review)).stage().key(),
                "its one stage has no exit keyed by the requests: it stays where it is");
        Caller officer = new Caller("lcr.police", "Officer", Set.of(Role.AGENCY_CONTRIBUTOR));
        as(partnership, officer, () -> returns.saveSummary(sent.get(0).id(), CaseFixtures.agencySummary("Known")));
        as(partnership, officer, () -> returns.putEntry(sent.get(0).id(), CaseFixtures.event(LocalDate.now(CLOCK)
                .minusDays(4), "Police called to the home")));
        as(partnership, officer, () -> returns.submit(sent.get(0).id()));
        assertEquals(List.of("Police called to the home"), as(partnership, MANAGER, () -> composites.view(review,
                ChronologyFilter.none(), false)).items().stream().map(i -> i.entry().whatHappened()).toList(),
                "the composite chronology works for it");
        MeetingView held = as(partnership, MANAGER, () -> meetings.recordAttendance(review, List.of(
                new AttendeeForm("Pat Police", "Inspector", police.id(), "lcr.police"))));
        assertTrue(held.heldAt() != null, "and its meeting is held");

        KindDefinitionView lcr = as(partnership, MANAGER, () -> kinds.inForce()).stream()
                .filter(k -> k.kindKey().equals("local-case-review")).findFirst().orElseThrow();
        as(partnership, MANAGER, () -> kinds.publish("local-case-review", lcr.json()
                .replace("\"capabilities\": [\"terms-of-reference\", \"requests\", \"meeting\", \"review-groups\","
                        + " \"learning-report\"]", "\"capabilities\": []"),
                "This board's local reviews ask nobody"));
        String bare = cases.localCaseReviewOf(partnership, MANAGER, cases.submittedReferral(partnership, null, null));
        RefusedException refused = assertThrows(RefusedException.class, () -> as(partnership, MANAGER,
                () -> requests.send(bare, ask)));
        assertTrue(refused.getMessage().contains("does not include requests"), refused.getMessage());
        assertEquals(List.of(), as(partnership, MANAGER, () -> requests.ofReview(bare)), "and nothing was sent");
    }

    /**
     * Which kind each decision opens is the partnership's data (issue 13 §1), not the referral's code:
     * a partnership that runs local case reviews only after a Rapid Review takes the panel's decision
     * out of the kind, and the panel's decision is then refused with where to set it right, nothing
     * opened; a decision that opens one kind cannot be given to two; the partners' "another type of
     * local review" after a Rapid Review offers only the kinds that list it. A neighbour keeps the
     * policy's mapping throughout.
     */
    @Test
    void whatEachDecisionOpensIsThePartnershipsData() {
        ActiveTenant partnership = tenants.provision("it-engine-openings");
        ActiveTenant neighbour = tenants.provision("it-engine-openings-other");
        KindDefinitionView lcr = kind(partnership, "local-case-review");
        KindDefinitionView gor = kind(partnership, "good-outcome-review");
        assertEquals(List.of("panel-local-case-review", "rapid-review-local-review"), lcr.definition().openedBy());
        assertEquals(2, lcr.openedByNames().size());
        assertTrue(lcr.openedByNames().get(0).contains("Virtual Panel's decision on a local case review"),
                lcr.openedByNames().toString());

        InvalidFieldException twice = assertThrows(InvalidFieldException.class, () -> as(partnership, MANAGER,
                () -> kinds.publish("good-outcome-review", gor.json().replace("\"openedBy\": [\"panel-good-outcome-review\",",
                        "\"openedBy\": [\"panel-good-outcome-review\", \"panel-rapid-review\","), "Try it")));
        assertEquals("definition", twice.field());
        assertTrue(twice.getMessage().contains("already opens Rapid Review"), twice.getMessage());
        assertEquals(1, kind(partnership, "good-outcome-review").version(), "nothing was saved");

        as(partnership, MANAGER, () -> kinds.publish("local-case-review", lcr.json().replace(
                "\"openedBy\": [\"panel-local-case-review\", \"rapid-review-local-review\"]",
                "\"openedBy\": [\"rapid-review-local-review\"]"), "Local case reviews only after a Rapid Review here"));
        as(partnership, MANAGER, () -> kinds.publish("good-outcome-review", gor.json().replace(
                "\"openedBy\": [\"panel-good-outcome-review\", \"rapid-review-local-review\"]",
                "\"openedBy\": [\"panel-good-outcome-review\"]"), "Good outcome reviews come from referrals only"));
        assertEquals(List.of("rapid-review-local-review"), kind(partnership, "local-case-review").definition().openedBy());

        String referral = cases.submittedReferral(partnership, null, null);
        RefusedException refused = assertThrows(RefusedException.class,
                () -> cases.localCaseReviewOf(partnership, MANAGER, referral));
        assertTrue(refused.getMessage().contains("No kind of review is opened by the Virtual Panel's decision on a local"
                + " case review"), refused.getMessage());
        assertEquals(null, as(partnership, MANAGER, () -> reviewOf(referral)), "nothing was opened");

        String rapidReviewId = cases.settledRapidReview(partnership, MANAGER,
                uk.safeguarding.reviews.rapidreview.domain.Recommendation.OTHER_LOCAL_REVIEW);
        assertEquals(List.of("local-case-review"), as(partnership, MANAGER, () -> localReviews.offerAfter(rapidReviewId))
                .orElseThrow().kinds(), "only the kinds that list the partners' decision are offered");
        LocalDate today = LocalDate.now(CLOCK.withZone(ProductClock.UK));
        assertEquals("localKind", assertThrows(InvalidFieldException.class, () -> as(partnership, MANAGER,
                () -> localReviews.open(rapidReviewId, "good-outcome-review", today, "Good practice to share"))).field());

        assertEquals(2, kind(neighbour, "local-case-review").definition().openedBy().size(), "the neighbour's own");
        String neighbours = cases.localCaseReviewOf(neighbour, MANAGER, cases.submittedReferral(neighbour, null, null));
        assertEquals(uk.safeguarding.reviews.thresholds.domain.ReviewKind.LOCAL_CASE_REVIEW,
                as(neighbour, MANAGER, () -> reviews.view(neighbours)).kind());
    }

    private KindDefinitionView kind(ActiveTenant partnership, String key) {
        return as(partnership, MANAGER, () -> kinds.inForce()).stream().filter(k -> k.kindKey().equals(key))
                .findFirst().orElseThrow();
    }

    private String reviewOf(String referralId) {
        return referrals.detail(referralId).reviewId();
    }

    private List<ClockLine> running(ActiveTenant partnership, String reviewId) {
        return as(partnership, MANAGER, () -> clocks.ofSubject("review", reviewId));
    }
}
