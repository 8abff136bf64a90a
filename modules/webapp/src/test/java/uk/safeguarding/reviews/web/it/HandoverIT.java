package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.reviews.web.it.CaseFixtures.agencySummary;
import static uk.safeguarding.reviews.web.it.CaseFixtures.event;
import static uk.safeguarding.reviews.web.it.TestTenants.as;
import static uk.safeguarding.reviews.web.it.TestTenants.referrer;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguarding.reviews.kernel.ProductClock;
import uk.safeguarding.reviews.agencies.application.AgencyView;
import uk.safeguarding.reviews.agencies.domain.AgencyKind;
import uk.safeguarding.reviews.audit.AuditOutcome;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.application.ClockLine;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.clocks.domain.RunningClock;
import uk.safeguarding.reviews.handover.application.HandoverForm;
import uk.safeguarding.reviews.handover.application.HandoverView;
import uk.safeguarding.reviews.handover.application.Handovers;
import uk.safeguarding.reviews.handover.domain.HandoverStatus;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.rapidreview.application.AgencyReturns;
import uk.safeguarding.reviews.rapidreview.application.CrossBoundaryTask;
import uk.safeguarding.reviews.rapidreview.application.CrossBoundaryTasks;
import uk.safeguarding.reviews.rapidreview.application.InformationRequests;
import uk.safeguarding.reviews.rapidreview.application.RequestLine;
import uk.safeguarding.reviews.rapidreview.application.SendRequestsForm;
import uk.safeguarding.reviews.rapidreview.domain.RequestStatus;
import uk.safeguarding.reviews.referral.application.AttachmentLine;
import uk.safeguarding.reviews.referral.application.DraftReferralForm;
import uk.safeguarding.reviews.referral.application.ReferralAttachments;
import uk.safeguarding.reviews.referral.application.ReferralDecisions;
import uk.safeguarding.reviews.referral.application.ReferralDetail;
import uk.safeguarding.reviews.referral.application.ReferralService;
import uk.safeguarding.reviews.referral.domain.content.ExampleReferrals;
import uk.safeguarding.reviews.referral.domain.content.ReferralContent;
import uk.safeguarding.reviews.referral.domain.content.ReferralStep;
import uk.safeguarding.reviews.review.application.ReviewService;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;
import uk.safeguarding.reviews.tenancy.domain.TenantRegistry;
import uk.safeguarding.reviews.tenancy.domain.TenantStatus;

/**
 * Handovers between partnerships (issue 6, §10.2) against PostgreSQL: accepted once and atomically,
 * declined or withdrawn with nothing changed, a failure in the middle of the copy leaving nothing
 * behind and a retry making exactly one copy, and each side seeing only what is its own.
 */
@ExtendWith(ArquillianExtension.class)
class HandoverIT {

    /** The product's clock: bin/test --date moves it for this JVM and the test server alike. */
    private static final Clock CLOCK = ProductClock.configured();

    private static final Caller MANAGER_A = new Caller("ho.manager.a", "Manager A", Set.of(Role.BUSINESS_MANAGER));
    private static final Caller MANAGER_B = new Caller("ho.manager.b", "Manager B", Set.of(Role.BUSINESS_MANAGER));
    private static final byte[] LETTER = "%PDF-1.4 the GP's letter".getBytes(StandardCharsets.UTF_8);

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
    private InformationRequests requests;

    @Inject
    private AgencyReturns returns;

    @Inject
    private CrossBoundaryTasks crossBoundary;

    @Inject
    private TenantRegistry registry;

    @Inject
    private ReferralService referrals;

    @Inject
    private ReferralDecisions decisions;

    @Inject
    private ReferralAttachments attachments;

    @Inject
    private Handovers handovers;

    @Inject
    private ClockService clocks;

    @Inject
    private AuditTrail audit;

    // The owning role: the tests make triggers that the application's role may not (issue 18).
    @Resource(lookup = "jdbc/safeguardingMigrations")
    private DataSource database;

    @Test
    void anAcceptedHandoverMovesTheReferralItsFilesAndHistoryOnceAndLeavesAReadOnlyOriginal() throws Exception {
        ActiveTenant a = tenants.provision("it-ho-move-a");
        ActiveTenant b = tenants.provision("it-ho-move-b");
        String referralId = submittedWithAFile(a);

        HandoverView proposed = as(a, MANAGER_A, () -> handovers.propose(referralId, form(b.slug())));
        List<HandoverView> inbox = as(b, MANAGER_B, () -> handovers.inbox(1)).items();
        assertEquals(List.of(proposed.id()), inbox.stream().map(HandoverView::id).toList());
        assertTrue(inbox.get(0).answerBy() != null && inbox.get(0).sourceClocks().contains("forward to the Virtual Panel within 24 hours of receipt: due "),
                "B sees when to answer by and what the clocks were under A: " + inbox.get(0));
        assertEquals(List.of(RunningClock.State.RUNNING), answerClock(b, proposed.id()),
                "B's own clock for its answer runs, under B's rules (\u00a710.2)");

        HandoverView accepted = as(b, MANAGER_B, () -> handovers.accept(proposed.id()));
        assertEquals(List.of(RunningClock.State.MET), answerClock(b, proposed.id()), "the answer meets it");

        assertEquals(HandoverStatus.ACCEPTED, accepted.status());
        ReferralDetail copy = as(b, MANAGER_B, () -> referrals.detail(accepted.copyReferralId()));
        ReferralDetail original = as(a, MANAGER_A, () -> referrals.detail(referralId));
        assertNotEquals(original.id(), copy.id());
        assertTrue(copy.reference().matches("REF-\\d{4}-\\d{4}"), "a reference from B's own numbering: "
                + copy.reference());
        assertEquals("SUBMITTED", copy.status());
        assertEquals(original.summary(), copy.summary());
        assertEquals(original.childInitials(), copy.childInitials());
        assertEquals("Jamie Smith", copy.content().getChildren().get(0).getName(), "the whole form came");
        assertEquals(original.submissions().size(), copy.submissions().size(), "and its history");
        assertTrue(copy.receivedFrom().contains(original.reference()), copy.receivedFrom());
        List<AttachmentLine> files = as(b, MANAGER_B, () -> attachments.list(copy.id()));
        assertEquals(1, files.size());
        assertArrayEquals(LETTER, as(b, MANAGER_B, () -> attachments.download(files.get(0).id())).content());
        assertEquals(List.of(RunningClock.State.RUNNING), as(b, MANAGER_B, () -> clocks.ofSubject("referral", copy.id()))
                .stream().map(ClockLine::state).toList(), "B's clock starts under B's rules");

        assertEquals("HANDED_OVER", original.status());
        assertTrue(original.handedOverTo().contains(copy.reference()), original.handedOverTo());
        assertTrue(as(a, MANAGER_A, () -> clocks.ofSubject("referral", referralId)).stream()
                .allMatch(c -> c.state() == RunningClock.State.CLOSED || c.state() == RunningClock.State.MET));
        IllegalStateException readOnly = assertThrows(IllegalStateException.class, () -> as(a, MANAGER_A, () -> {
            decisions.forwardToPanel(referralId);
            return null;
        }));
        assertTrue(readOnly.getMessage().contains("read-only"), readOnly.getMessage());

        InvalidFieldException twice = assertThrows(InvalidFieldException.class, () -> as(b, MANAGER_B,
                () -> handovers.accept(proposed.id())));
        assertTrue(twice.getMessage().contains("already accepted"), twice.getMessage());
        assertEquals(1, count(b, "SELECT count(*) FROM %s.referral WHERE received_from IS NOT NULL"), "one copy");

        assertTrue(as(a, MANAGER_A, () -> audit.historyOf("referral", referralId)).stream()
                .anyMatch(e -> e.detail() != null && e.detail().startsWith("handed over to")), "A's trail");
        assertTrue(as(b, MANAGER_B, () -> audit.historyOf("referral", copy.id())).stream()
                .anyMatch(e -> e.detail() != null && e.detail().startsWith("received by handover")), "B's trail");
        assertTrue(as(a, MANAGER_A, () -> audit.historyOf("handover", proposed.id())).size() >= 2,
                "every step in A's trail too");

        assertThrows(RecordNotFoundException.class, () -> as(a, MANAGER_A, () -> referrals.detail(copy.id())),
                "A sees B's copy only as the summary on its own record");
    }

    @Test
    void aDeclineOrAWithdrawalLeavesTheReferralWhereItWasAndStillWorkable() throws Exception {
        ActiveTenant a = tenants.provision("it-ho-decline-a");
        ActiveTenant b = tenants.provision("it-ho-decline-b");
        String referralId = submittedWithAFile(a);

        HandoverView first = as(a, MANAGER_A, () -> handovers.propose(referralId, form(b.slug())));
        InvalidFieldException noReason = assertThrows(InvalidFieldException.class, () -> as(b, MANAGER_B,
                () -> handovers.decline(first.id(), " ")));
        assertEquals("answerReason", noReason.field());
        as(b, MANAGER_B, () -> handovers.decline(first.id(), "The incident happened in Northmoor, not here"));
        assertEquals("SUBMITTED", as(a, MANAGER_A, () -> referrals.detail(referralId)).status());

        HandoverView second = as(a, MANAGER_A, () -> handovers.propose(referralId, form(b.slug())));
        assertThrows(RecordNotFoundException.class, () -> as(b, MANAGER_B, () -> handovers.withdraw(second.id())),
                "only the proposer withdraws");
        as(a, MANAGER_A, () -> handovers.withdraw(second.id()));
        assertEquals(List.of(RunningClock.State.MET), answerClock(b, first.id()), "a decline is an answer");
        assertEquals(List.of(RunningClock.State.CLOSED), answerClock(b, second.id()),
                "nothing is left to answer once withdrawn");
        InvalidFieldException gone = assertThrows(InvalidFieldException.class, () -> as(b, MANAGER_B,
                () -> handovers.accept(second.id())));
        assertTrue(gone.getMessage().contains("withdrawn"), gone.getMessage());

        as(a, MANAGER_A, () -> {
            decisions.forwardToPanel(referralId);
            return null;
        });
        assertEquals("WITH_PANEL", as(a, MANAGER_A, () -> referrals.detail(referralId)).status(),
                "nothing changed: A carries on with it");
        assertEquals(0, count(b, "SELECT count(*) FROM %s.referral"));
    }

    @Test
    void aFailureInTheMiddleOfTheCopyLeavesNothingAndARetryMakesExactlyOneCopy() throws Exception {
        ActiveTenant a = tenants.provision("it-ho-retry-a");
        ActiveTenant b = tenants.provision("it-ho-retry-b");
        String referralId = submittedWithAFile(a);
        HandoverView proposed = as(a, MANAGER_A, () -> handovers.propose(referralId, form(b.slug())));
        // The files are copied last: make that step fail, as a dropped connection would.
        execute("CREATE FUNCTION " + b.schemaName() + ".fail_copy() RETURNS trigger LANGUAGE plpgsql AS"
                + " $$ BEGIN RAISE EXCEPTION 'injected failure in the middle of the copy'; END $$");
        execute("CREATE TRIGGER fail_copy BEFORE INSERT ON " + b.schemaName() + ".referral_attachment"
                + " FOR EACH ROW EXECUTE FUNCTION " + b.schemaName() + ".fail_copy()");

        assertThrows(RuntimeException.class, () -> as(b, MANAGER_B, () -> handovers.accept(proposed.id())));

        assertEquals(0, count(b, "SELECT count(*) FROM %s.referral"), "no half copy");
        assertEquals(0, count(b, "SELECT count(*) FROM %s.referral_child"));
        assertEquals("SUBMITTED", as(a, MANAGER_A, () -> referrals.detail(referralId)).status(), "no lost original");
        assertEquals(HandoverStatus.PROPOSED, as(b, MANAGER_B, () -> handovers.view(proposed.id())).status());

        execute("DROP TRIGGER fail_copy ON " + b.schemaName() + ".referral_attachment");
        as(b, MANAGER_B, () -> handovers.accept(proposed.id()));
        assertThrows(InvalidFieldException.class, () -> as(b, MANAGER_B, () -> handovers.accept(proposed.id())));
        assertEquals(1, count(b, "SELECT count(*) FROM %s.referral"), "exactly one copy");
        assertEquals(1, count(b, "SELECT count(*) FROM %s.referral_attachment"));
    }

    @Test
    void impossibleHandoversAreRefusedAndOthersSeeNothing() {
        ActiveTenant a = tenants.provision("it-ho-bad-a");
        ActiveTenant b = tenants.provision("it-ho-bad-b");
        ActiveTenant c = tenants.provision("it-ho-bad-c");
        ActiveTenant suspended = tenants.provision("it-ho-bad-off");
        registry.updateStatus(suspended.slug(), TenantStatus.SUSPENDED);
        String referralId = submittedWithAFile(a);

        assertEquals("toPartnership", refused(a, referralId, "it-ho-nowhere").field());
        assertEquals("toPartnership", refused(a, referralId, suspended.slug()).field());
        assertEquals("toPartnership", refused(a, referralId, a.slug()).field());
        HandoverView proposed = as(a, MANAGER_A, () -> handovers.propose(referralId, form(b.slug())));
        assertTrue(refused(a, referralId, c.slug()).getMessage().contains("already proposed"));

        assertThrows(RecordNotFoundException.class, () -> as(a, MANAGER_A, () -> handovers.accept(proposed.id())),
                "the proposer cannot accept its own proposal");
        assertThrows(RecordNotFoundException.class, () -> as(c, MANAGER_B, () -> handovers.view(proposed.id())),
                "a third partnership sees nothing of it");
        assertEquals(0L, as(c, MANAGER_B, () -> handovers.inbox(1)).total());
        assertTrue(as(c, MANAGER_B, () -> audit.historyOf("handover", proposed.id())).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED), "and the attempt is audited there");
        assertThrows(uk.safeguarding.reviews.kernel.AccessDeniedException.class, () -> as(b, referrer("ho.someone"),
                () -> handovers.accept(proposed.id())), "only a business manager answers");
    }

    /**
     * §10.2 for an open review: the Rapid Review comes with its referral, with its requests, the
     * agency's return so far and the meeting; its clocks run under B's rules; A's copy is read-only;
     * and A's agency carries on from A, across the boundary, into B's review.
     */
    @Test
    void anOpenReviewGoesWithItsReferralAndEverythingDoneOnItAndTheAgencyCarriesOnAcrossTheBoundary()
            throws Exception {
        ActiveTenant a = tenants.provision("it-ho-review-a");
        ActiveTenant b = tenants.provision("it-ho-review-b");
        String referralId = cases.submittedReferral(a, null, null);
        String reviewId = cases.rapidReviewOf(a, MANAGER_A, referralId);
        cases.chair(a, reviewId, "Chair Carol");
        AgencyView police = cases.agency(a, MANAGER_A, "A Police", AgencyKind.POLICE, "Police", "ho.police");
        SendRequestsForm ask = new SendRequestsForm();
        ask.setAgencyIds(List.of(police.id()));
        ask.setMeetingDate(LocalDate.now(CLOCK).plusDays(10));
        ask.setMeetingTime(java.time.LocalTime.of(10, 0));
        ask.setMeetingPlace("Room 1");
        String requestId = as(a, MANAGER_A, () -> requests.send(reviewId, ask)).get(0).id();
        Caller officer = new Caller("ho.police", "Officer", Set.of(Role.AGENCY_CONTRIBUTOR));
        as(a, officer, () -> returns.saveSummary(requestId, agencySummary("Called to the home twice")));
        as(a, officer, () -> returns.putEntry(requestId, event(LocalDate.now(CLOCK).minusDays(20), "Police called to a disturbance")));

        HandoverView proposed = as(a, MANAGER_A, () -> handovers.propose(referralId, form(b.slug())));
        assertTrue(proposed.sourceClocks().contains("forward the results to the National Panel within 15 days"),
                "B sees the review's clocks under A, in the policy's words: " + proposed.sourceClocks());
        // The chronology is copied after the referral, the review and its requests: fail it there.
        execute("CREATE FUNCTION " + b.schemaName() + ".fail_copy() RETURNS trigger LANGUAGE plpgsql AS"
                + " $$ BEGIN RAISE EXCEPTION 'injected failure in the middle of the copy'; END $$");
        execute("CREATE TRIGGER fail_copy BEFORE INSERT ON " + b.schemaName() + ".chronology_entry"
                + " FOR EACH ROW EXECUTE FUNCTION " + b.schemaName() + ".fail_copy()");
        assertThrows(RuntimeException.class, () -> as(b, MANAGER_B, () -> handovers.accept(proposed.id())));
        for (String table : List.of("referral", "review", "information_request", "rapid_review_meeting")) {
            assertEquals(0, count(b, "SELECT count(*) FROM %s." + table), "no half copy: " + table);
        }
        assertEquals(null, as(a, MANAGER_A, () -> reviews.view(reviewId)).handedOverTo(), "no lost original");
        assertTrue(as(a, MANAGER_A, () -> clocks.ofSubject("review", reviewId)).stream()
                .anyMatch(c -> c.state() == RunningClock.State.RUNNING), "whose clocks still run");
        execute("DROP TRIGGER fail_copy ON " + b.schemaName() + ".chronology_entry");

        HandoverView accepted = as(b, MANAGER_B, () -> handovers.accept(proposed.id()));

        ReferralDetail copy = as(b, MANAGER_B, () -> referrals.detail(accepted.copyReferralId()));
        assertEquals("DECIDED", copy.status(), "the referral arrives decided");
        ReviewSummary moved = as(b, MANAGER_B, () -> reviews.view(copy.reviewId()));
        assertTrue(moved.reference().matches("RR-\\d{4}-\\d{4}"), moved.reference());
        assertEquals("Chair Carol", moved.chair());
        List<RequestLine> lines = as(b, MANAGER_B, () -> requests.ofReview(moved.id()));
        assertEquals(List.of(requestId), lines.stream().map(RequestLine::id).toList(), "the request keeps its id");
        assertEquals(1, lines.get(0).events(), "with the agency's return so far");
        assertTrue(as(b, MANAGER_B, () -> requests.meetingOf(moved.id())).isPresent(), "and the meeting");
        assertTrue(as(b, MANAGER_B, () -> clocks.ofSubject("review", moved.id())).stream()
                .anyMatch(c -> c.ruleKey().equals("rapid-review") && c.state() == RunningClock.State.RUNNING),
                "B's rapid-review clock runs");
        assertTrue(as(b, MANAGER_B, () -> clocks.ofSubject("information-request", requestId)).stream()
                .anyMatch(c -> c.state() == RunningClock.State.RUNNING), "and the agency's return clock");
        assertTrue(as(a, MANAGER_A, () -> clocks.ofSubject("review", reviewId)).stream()
                .noneMatch(c -> c.state() == RunningClock.State.RUNNING), "A's stopped");

        assertThrows(RecordNotFoundException.class, () -> as(a, MANAGER_A, () -> reviews.view(moved.id())),
                "A sees nothing of B's review beyond the handover's summary");
        assertTrue(as(a, MANAGER_A, () -> audit.historyOf("review", moved.id())).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED), "and the attempt is in A's trail");
        ReviewSummary original = as(a, MANAGER_A, () -> reviews.view(reviewId));
        assertTrue(original.handedOverTo().contains(moved.reference()), original.handedOverTo());
        assertThrows(IllegalStateException.class, () -> cases.chair(a, reviewId, "Other Chair"));
        assertThrows(IllegalStateException.class, () -> as(a, officer, () -> returns.submit(requestId)),
                "A's copy of the return is read-only too");

        assertTrue(as(a, officer, () -> returns.myTasks(1)).items().stream().noneMatch(t -> t.id()
                .equals(requestId)), "A's own list no longer holds it: it is answered from B now");
        assertEquals("meeting", as(b, MANAGER_B, () -> reviews.stage(moved.id())).stage().key(),
                "the review carries on in B at the stage it had reached in A");
        assertTrue(as(b, MANAGER_B, () -> reviews.stage(moved.id())).moves().stream()
                .anyMatch(m -> m.why().startsWith("Received by handover from")), "and its log says so");
        assertEquals(List.of(b.slug()), as(a, officer, crossBoundary::mine).stream()
                .filter(t -> t.requestId().equals(requestId)).map(CrossBoundaryTask::fromTenant).toList(),
                "the officer finds the request from B in A");
        assertEquals(RequestStatus.SUBMITTED, as(a, officer,
                () -> crossBoundary.act(b.slug(), requestId, AgencyReturns::submit)).status());
        assertEquals(RequestStatus.SUBMITTED, as(b, MANAGER_B, () -> requests.ofReview(moved.id())).get(0).status());
    }

    private InvalidFieldException refused(ActiveTenant from, String referralId, String to) {
        return assertThrows(InvalidFieldException.class, () -> as(from, MANAGER_A,
                () -> handovers.propose(referralId, form(to))));
    }

    /** A complete referral with one file, submitted in the partnership. */
    private String submittedWithAFile(ActiveTenant partnership) {
        Caller referrer = referrer("ho.referrer");
        DraftReferralForm draft = new DraftReferralForm();
        draft.setChildInitials("JS");
        draft.setIncidentDate(LocalDate.now(CLOCK).minusDays(3));
        draft.setSummary("Child admitted with injuries; the incident happened across the border");
        String id = as(partnership, referrer, () -> referrals.startDraft(draft));
        ReferralContent content = ExampleReferrals.complete(LocalDate.now(CLOCK),
                as(partnership, referrer, () -> referrals.content(id)).getCriteria());
        as(partnership, referrer, () -> referrals.saveStep(id, ReferralStep.NOTIFICATIONS, content));
        as(partnership, referrer, () -> attachments.upload(id, "gp-letter.pdf", "application/pdf", LETTER.length,
                new ByteArrayInputStream(LETTER)));
        as(partnership, referrer, () -> referrals.submit(id));
        return id;
    }

    private static HandoverForm form(String to) {
        HandoverForm form = new HandoverForm();
        form.setToPartnership(to);
        form.setReason("The incident happened in the other partnership's area");
        form.setLegalBasis("Working Together 2018, chapter 4; Children Act 2004 s.16K");
        return form;
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private List<RunningClock.State> answerClock(ActiveTenant receiving, String handoverId) {
        return as(receiving, MANAGER_B, () -> clocks.ofSubject("handover", handoverId)).stream().map(ClockLine::state)
                .toList();
    }

    private long count(ActiveTenant tenant, String sqlWithSchema) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(String.format(sqlWithSchema, tenant.schemaName()))) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
