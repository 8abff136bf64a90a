package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.reviews.web.it.TestTenants.as;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguarding.reviews.kernel.ProductClock;
import uk.safeguarding.reviews.audit.AuditOutcome;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.application.ClockLine;
import uk.safeguarding.reviews.clocks.application.ClockRulesService;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.clocks.domain.RunningClock;
import uk.safeguarding.reviews.clocks.domain.StartEvent;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Page;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.mail.Outbox;
import uk.safeguarding.reviews.referral.application.DraftReferralForm;
import uk.safeguarding.reviews.referral.application.InboxFilter;
import uk.safeguarding.reviews.referral.application.ReferralDecisions;
import uk.safeguarding.reviews.referral.application.ReferralDetail;
import uk.safeguarding.reviews.referral.application.ReferralLine;
import uk.safeguarding.reviews.referral.application.ReferralService;
import uk.safeguarding.reviews.referral.application.VoteForm;
import uk.safeguarding.reviews.referral.domain.DecisionRoute;
import uk.safeguarding.reviews.referral.domain.PanelOutcome;
import uk.safeguarding.reviews.referral.domain.ReferralKind;
import uk.safeguarding.reviews.referral.domain.content.CriteriaAnswer;
import uk.safeguarding.reviews.referral.domain.content.ExampleReferrals;
import uk.safeguarding.reviews.referral.application.IncompleteReferralException;
import uk.safeguarding.reviews.referral.domain.content.FieldProblem;
import uk.safeguarding.reviews.referral.domain.content.ReferralContent;
import uk.safeguarding.reviews.referral.domain.content.ReferralStep;
import uk.safeguarding.reviews.review.application.ReviewService;
import uk.safeguarding.reviews.review.application.ReviewSummary;
import uk.safeguarding.reviews.thresholds.application.ThresholdChangeForm;
import uk.safeguarding.reviews.thresholds.application.ThresholdsService;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.referral.application.ReferralVerifications;
import uk.safeguarding.reviews.agencies.application.AgencyView;
import uk.safeguarding.reviews.agencies.domain.AgencyKind;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;
import uk.safeguarding.reviews.web.home.WorkList;
import uk.safeguarding.reviews.thresholds.domain.ReviewKind;

/**
 * A referral from draft to decision for each of the four outcomes (§7.4-7.6), on the clock engine,
 * with the letters it sends through real SMTP, and nobody else's business.
 */
@ExtendWith(ArquillianExtension.class)
class ReferralDecisionsIT {

    /** The product's clock: bin/test --date moves it for this JVM and the test server alike. */
    private static final Clock CLOCK = ProductClock.configured();

    private static final Caller MANAGER = new Caller("rd.manager", "Manager", Set.of(Role.BUSINESS_MANAGER));
    private static final Caller PANEL_A = new Caller("rd.panel.a", "Panel A", Set.of(Role.PANEL_MEMBER));
    private static final Caller PANEL_B = new Caller("rd.panel.b", "Panel B", Set.of(Role.PANEL_MEMBER));
    private static final Caller ADVISER = new Caller("rd.adviser", "Ines Adviser",
            Set.of(Role.INDEPENDENT_ADVISER, Role.PANEL_MEMBER));

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithMailCatcher();
    }

    @Inject
    private TestTenants tenants;

    @Inject
    private ReferralService referrals;

    @Inject
    private ReferralDecisions decisions;

    @Inject
    private ReviewService reviews;

    @Inject
    private ClockService clocks;

    @Inject
    private ClockRulesService settings;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditTrail audit;

    @Inject
    private WorkList work;

    @Inject
    private CaseFixtures cases;

    @Inject
    private ThresholdsService thresholds;

    @Inject
    private ReferralVerifications verifications;

    @Inject
    private uk.safeguarding.reviews.tenancy.api.PartnershipDirectory directory;

    @BeforeEach
    void smtpServer() {
        MailCatcher.running();
    }

    @Inject
    private jakarta.validation.ValidatorFactory validation;

    @Inject
    private Clock productClock;

    @Test
    void theServersValidationReadsTheProductsClock() {
        // issue 12: @PastOrPresent and its kind ask the same clock as every service, so running the
        // product as if it were another day (SAFEGUARDING_TODAY) moves "the future" with it.
        assertEquals(uk.safeguarding.reviews.kernel.ProductClockProvider.class, validation.getClockProvider().getClass());
        assertEquals(productClock.instant().getEpochSecond(),
                validation.getClockProvider().getClock().instant().getEpochSecond(), 2);
        DraftReferralForm today = form("Seen today");
        today.setIncidentDate(LocalDate.now(productClock));
        DraftReferralForm tomorrow = form("Not yet");
        tomorrow.setIncidentDate(LocalDate.now(productClock).plusDays(1));
        assertEquals(Set.of(), validation.getValidator().validate(today));
        assertEquals(Set.of("The date of the incident must be today or in the past"), validation.getValidator()
                .validate(tomorrow).stream().map(jakarta.validation.ConstraintViolation::getMessage)
                .collect(Collectors.toSet()));
    }

    @Test
    void theInboxAndMyReferralsAreReadAPageAtATimeWithHowManyThereAreAndTheirClocks() {
        // issue 13 §4: paged and sorted by the database, counted, never cut silently.
        ActiveTenant partnership = tenants.provision("it-decide-pages");
        ActiveTenant neighbour = tenants.provision("it-decide-pages-b");
        Caller referrer = referrer("pages.referrer@it-decide-pages.example");
        List<String> submitted = new java.util.ArrayList<>();
        for (int i = 0; i < Page.DEFAULT_SIZE + 2; i++) {
            submitted.add(submitted(partnership, referrer));
        }

        Page<ReferralLine> first = as(partnership, MANAGER, () -> referrals.inbox(1));
        Page<ReferralLine> second = as(partnership, MANAGER, () -> referrals.inbox(2));

        assertEquals(Page.DEFAULT_SIZE + 2, first.total());
        assertEquals(2, first.pages());
        assertEquals(Page.DEFAULT_SIZE, first.items().size());
        assertEquals(2, second.items().size());
        assertEquals(submitted.get(submitted.size() - 1), first.items().get(0).id(), "newest first");
        assertEquals(Set.copyOf(submitted), java.util.stream.Stream.concat(first.items().stream(), second.items().stream())
                .map(ReferralLine::id).collect(Collectors.toSet()), "every referral on one page or the other");
        assertTrue(first.items().stream().allMatch(l -> !l.childInitialsText().isEmpty() && l.reference() != null
                && l.clocks().stream().anyMatch(c -> c.ruleKey().equals("forward-to-panel"))),
                "each line with its initials, reference and the clock its receipt started");
        assertEquals(2, as(partnership, MANAGER, () -> referrals.inbox(99)).number(), "past the end is the last page");
        Page<ReferralLine> mine = as(partnership, referrer, () -> referrals.mine(2));
        assertEquals(Page.DEFAULT_SIZE + 2, mine.total());
        assertEquals(2, mine.items().size());
        assertEquals(0, as(neighbour, MANAGER, () -> referrals.inbox(1)).total(), "another partnership's inbox");
    }

    /**
     * Issue 14 \u00a72: the inbox is narrowed by status, form and year and ordered in the database,
     * with how many match; a filter that matches nothing says so, and another partnership has nothing.
     */
    @Test
    void theInboxIsNarrowedByStatusFormAndYearAndOrderedInTheDatabase() {
        ActiveTenant partnership = tenants.provision("it-decide-inbox-filter");
        ActiveTenant neighbour = tenants.provision("it-decide-inbox-filter-b");
        Caller referrer = referrer(null);
        String first = submitted(partnership, referrer);
        String second = submitted(partnership, referrer);
        as(partnership, MANAGER, () -> run(() -> decisions.forwardToPanel(second)));
        DraftReferralForm draft = form("Exceptional joint work for a child");
        draft.setKind(ReferralKind.GOOD_OUTCOME);
        String good = as(partnership, referrer, () -> referrals.startDraft(draft));
        as(partnership, referrer, () -> referrals.saveStep(good, ReferralStep.CRITERIA, ExampleReferrals.goodOutcome(
                LocalDate.now(CLOCK), referrals.content(good).getCriteria())));
        as(partnership, referrer, () -> referrals.submit(good));
        String thisYear = String.valueOf(LocalDate.now(CLOCK).getYear());

        assertEquals(List.of(second), inbox(partnership, "WITH_PANEL", null, null, null), "with the panel only");
        assertEquals(List.of(good, first), inbox(partnership, "SUBMITTED", null, null, null), "received, newest first");
        assertEquals(List.of(first, good), inbox(partnership, "SUBMITTED", null, null, "OLDEST"), "oldest first");
        assertEquals(List.of(good), inbox(partnership, null, "GOOD_OUTCOME", null, null), "Document 6 only");
        assertEquals(List.of(good, second, first), inbox(partnership, null, null, thisYear, null));
        assertEquals(List.of(), inbox(partnership, null, null, String.valueOf(LocalDate.now(CLOCK).getYear() - 1), null),
                "nothing was received last year");
        assertEquals(List.of(good, second, first), inbox(partnership, "DRAFT", "nonsense", "last year", "sideways"),
                "what cannot be read narrows nothing");
        assertEquals(List.of(LocalDate.now(CLOCK).getYear()), as(partnership, PANEL_A, () -> referrals.inboxYears()),
                "the years offered run from the first referral received");
        assertEquals(1L, as(partnership, PANEL_A, () -> referrals.inbox(InboxFilter.of("WITH_PANEL", null, null, null), 1))
                .total(), "the panel narrows its inbox too, counted");
        assertEquals(List.of(), inbox(neighbour, null, null, thisYear, null), "another partnership's inbox");
    }

    private List<String> inbox(ActiveTenant partnership, String status, String kind, String year, String sort) {
        return as(partnership, MANAGER, () -> referrals.inbox(InboxFilter.of(status, kind, year, sort), 1)).items()
                .stream().map(ReferralLine::id).toList();
    }

    @Test
    void twoPanelVotesCommenceARapidReviewWithItsClocksAndTheReferrerIsTold() throws Exception {
        ActiveTenant partnership = tenants.provision("it-decide-rr");
        Caller referrer = referrer("rr.referrer@it-decide-rr.example");
        String id = submitted(partnership, referrer);

        as(partnership, MANAGER, () -> run(() -> decisions.forwardToPanel(id)));
        as(partnership, PANEL_A, () -> decisions.vote(id, vote(PanelOutcome.COMMENCE_RAPID_REVIEW, null)));
        as(partnership, PANEL_B, () -> decisions.vote(id, vote(PanelOutcome.COMMENCE_RAPID_REVIEW, null)));

        ReferralDetail decided = as(partnership, MANAGER, () -> referrals.detail(id));
        assertEquals("DECIDED", decided.status());
        assertEquals(PanelOutcome.COMMENCE_RAPID_REVIEW, decided.outcome());
        assertEquals(DecisionRoute.PANEL_MAJORITY, decided.decisionRoute());
        assertTrue(decided.clocks().stream().allMatch(c -> c.state() == RunningClock.State.MET),
                "forward-to-panel and panel-decision are both met: " + decided.clocks());
        assertEquals(Set.of("forward-to-panel", "panel-decision"),
                decided.clocks().stream().map(ClockLine::ruleKey).collect(Collectors.toSet()));

        ReviewSummary review = as(partnership, MANAGER, () -> reviews.view(decided.reviewId()));
        assertEquals(ReviewKind.RAPID_REVIEW, review.kind());
        assertTrue(review.reference().startsWith("RR-"));
        Map<String, ClockLine> reviewClocks = as(partnership, MANAGER, () -> clocks.ofSubject("review", review.id()))
                .stream().collect(Collectors.toMap(ClockLine::ruleKey, c -> c));
        assertEquals(Set.of("information-requests", "rapid-review", "notify-national-panel"), reviewClocks.keySet());
        assertEquals(LocalDate.now(CLOCK).minusDays(2), reviewClocks.get("notify-national-panel").startedAt().toLocalDate(),
                "§4.2 table: 5 working days from the day the local authority became aware");
        assertEquals(RunningClock.State.RUNNING, reviewClocks.get("notify-national-panel").state(),
                "the referral records no notification yet");
        assertEquals(decided.submittedAt().toInstant(), reviewClocks.get("rapid-review").startedAt().toInstant(),
                "§4.2: 15 working days from the referral");
        assertEquals(15, reviewClocks.get("rapid-review").amount());
        // Received moments ago: due when a referral received now would be, by the partnership's own preview.
        assertEquals(as(partnership, MANAGER, () -> settings.preview("rapid-review", 15, StartEvent.REFERRAL_RECEIVED))
                .dueDay(), reviewClocks.get("rapid-review").dueDay());
        assertEquals(as(partnership, MANAGER, () -> settings.preview("information-requests", 2,
                StartEvent.REFERRAL_RECEIVED)).dueDay(), reviewClocks.get("information-requests").dueDay());

        sweep(partnership);
        List<MimeMessage> letters = MailCatcher.awaitTo("rr.referrer@it-decide-rr.example", 1);
        assertEquals(1, letters.size());
        assertEquals("Decision on your referral " + decided.reference(), letters.get(0).getSubject());
        String body = (String) letters.get(0).getContent();
        assertTrue(body.contains(review.reference()) && body.contains("/safeguarding/app/referrals/view.xhtml?id=" + id),
                body);
        assertTrue(!body.contains("Serious injury") && !body.contains("Jamie"), "letters carry no case content");
    }

    @Test
    void aNotificationTheReferralRecordsMeetsTheNationalPanelClock() {
        ActiveTenant partnership = tenants.provision("it-decide-notified");
        Caller referrer = referrer(null);
        String id = as(partnership, referrer, () -> referrals.startDraft(form("Child admitted with injuries")));
        ReferralContent content = ExampleReferrals.complete(LocalDate.now(CLOCK),
                as(partnership, referrer, () -> referrals.content(id)).getCriteria());
        content.setNationalPanelNotifiedOn(LocalDate.now(CLOCK).minusDays(1));
        as(partnership, referrer, () -> referrals.saveStep(id, ReferralStep.NOTIFICATIONS, content));
        as(partnership, referrer, () -> referrals.submit(id));

        as(partnership, MANAGER, () -> run(() -> decisions.commenceRapidReviewAtOnce(id, "Child died; abuse suspected")));

        String reviewId = as(partnership, MANAGER, () -> referrals.detail(id)).reviewId();
        ClockLine notify = as(partnership, MANAGER, () -> clocks.ofSubject("review", reviewId)).stream()
                .filter(c -> c.ruleKey().equals("notify-national-panel")).findFirst().orElseThrow();
        assertEquals(RunningClock.State.MET, notify.state());
        assertEquals(uk.safeguarding.reviews.clocks.domain.DeadlineStatus.MET, notify.status(),
                "notified the day after awareness: well inside 5 working days");
    }

    @Test
    void aLocalCaseReviewStartsItsFortyFiveWorkingDayClockFromTheDecision() {
        ActiveTenant partnership = tenants.provision("it-decide-lcr");
        String id = submitted(partnership, referrer(null));
        as(partnership, MANAGER, () -> run(() -> decisions.forwardToPanel(id)));
        as(partnership, PANEL_A, () -> decisions.vote(id, vote(PanelOutcome.LOCAL_CASE_REVIEW, null)));
        as(partnership, PANEL_B, () -> decisions.vote(id, vote(PanelOutcome.LOCAL_CASE_REVIEW, null)));

        ReferralDetail decided = as(partnership, MANAGER, () -> referrals.detail(id));
        List<ClockLine> reviewClocks = as(partnership, MANAGER, () -> clocks.ofSubject("review", decided.reviewId()));
        assertEquals(List.of("local-case-review"), reviewClocks.stream().map(ClockLine::ruleKey).toList());
        assertEquals(decided.decidedAt().toInstant(), reviewClocks.get(0).startedAt().toInstant());
        assertEquals(45, reviewClocks.get(0).amount());
    }

    @Test
    void anIncompleteReferralIsReturnedAndReSubmittedWithItsHistory() {
        ActiveTenant partnership = tenants.provision("it-decide-return");
        Caller referrer = referrer("returned.referrer@it-decide-return.example");
        String id = submitted(partnership, referrer);
        as(partnership, MANAGER, () -> run(() -> decisions.forwardToPanel(id)));
        as(partnership, PANEL_A, () -> decisions.vote(id, vote(PanelOutcome.INCOMPLETE_RETURN_TO_REFERRER, null)));
        as(partnership, PANEL_B, () -> decisions.vote(id, vote(PanelOutcome.INCOMPLETE_RETURN_TO_REFERRER, null)));

        ReferralDetail returned = as(partnership, referrer, () -> referrals.detail(id));
        assertEquals("RETURNED", returned.status());
        ClockLine resubmission = as(partnership, MANAGER, () -> referrals.detail(id)).clocks().stream()
                .filter(c -> c.ruleKey().equals("incomplete-resubmission")).findFirst().orElseThrow();
        assertEquals(5, resubmission.amount());
        assertEquals("referrer.returned", resubmission.ownerName(), "the referrer owns the re-submission");

        ReferralContent corrected = as(partnership, referrer, () -> referrals.content(id));
        corrected.getIncident().setWhatHappened("Admitted with injuries; GP and school now listed");
        assertEquals(List.of(), as(partnership, referrer, () -> referrals.saveStep(id, ReferralStep.INCIDENT, corrected)));
        ReferralDetail again = as(partnership, referrer, () -> referrals.submit(id));

        assertEquals("SUBMITTED", again.status());
        assertEquals(returned.reference(), again.reference());
        assertEquals(2, again.submissions().size());
        assertEquals("Admitted to hospital with injuries not explained by the account given.",
                again.submissions().get(0).summary(), "the summary follows the form's account of what happened");
        assertNotNull(again.submissions().get(0).returnedBecause());
        List<ClockLine> clocksNow = as(partnership, MANAGER, () -> referrals.detail(id)).clocks();
        assertTrue(clocksNow.stream().anyMatch(c -> c.ruleKey().equals("incomplete-resubmission")
                && c.state() == RunningClock.State.MET));
        assertEquals(1, clocksNow.stream().filter(c -> c.ruleKey().equals("forward-to-panel")
                && c.state() == RunningClock.State.RUNNING).count(), "a new 24 hours to forward it");
    }

    /**
     * §10.1 (issue 14 §1): a partnership lists its Virtual Panel's members; only they vote, the
     * business manager among them, and the panel is as large as its list. Someone with the role but
     * not on the list is refused, audited; another partnership's list is its own.
     */
    @Test
    void aListedPanelVotesTheBusinessManagerAmongItsMembersAndNobodyElse() {
        ActiveTenant partnership = tenants.provision("it-decide-members");
        ActiveTenant neighbour = tenants.provision("it-decide-members-other");
        ThresholdChangeForm form = as(partnership, MANAGER, thresholds::changeFormFromNewest);
        assertEquals(4, form.getPanelSize(), "\u00a710.1: four members, as shipped");
        form.setPanelMembers("rd.panel.a\n" + MANAGER.username());
        form.setReason("Our panel: the deputy chair and the business manager");
        as(partnership, MANAGER, () -> thresholds.publishChange(form));
        assertEquals(2, as(partnership, MANAGER, thresholds::current).inForce().panel().panelSize(),
                "the panel is as large as its list");
        ThresholdChangeForm twice = as(partnership, MANAGER, thresholds::changeFormFromNewest);
        twice.setPanelMembers("rd.panel.a\nRD.PANEL.A");
        twice.setReason("Typo");
        assertEquals("panelMembers", assertThrows(InvalidFieldException.class,
                () -> as(partnership, MANAGER, () -> thresholds.publishChange(twice))).field());

        String id = submitted(partnership, referrer(null));
        as(partnership, MANAGER, () -> run(() -> decisions.forwardToPanel(id)));
        assertThrows(AccessDeniedException.class, () -> as(partnership, PANEL_B,
                () -> decisions.vote(id, vote(PanelOutcome.COMMENCE_RAPID_REVIEW, null))),
                "the panel-member role alone no longer votes here");
        assertTrue(as(partnership, MANAGER, () -> audit.historyOf("referral", id)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED && "rd.panel.b".equals(e.actor())));
        assertTrue(as(partnership, MANAGER, () -> work.of(MANAGER)).stream().anyMatch(t -> t.action()
                .equals("Vote on the referral")), "the business manager's vote waits in their tasks");
        as(partnership, PANEL_A, () -> decisions.vote(id, vote(PanelOutcome.COMMENCE_RAPID_REVIEW, null)));
        as(partnership, MANAGER, () -> decisions.vote(id, vote(PanelOutcome.COMMENCE_RAPID_REVIEW, null)));
        assertEquals("DECIDED", as(partnership, MANAGER, () -> referrals.detail(id)).status(),
                "two listed members, the business manager one of them, decide");

        String there = submitted(neighbour, referrer(null));
        as(neighbour, MANAGER, () -> run(() -> decisions.forwardToPanel(there)));
        as(neighbour, PANEL_B, () -> decisions.vote(there, vote(PanelOutcome.COMMENCE_RAPID_REVIEW, null)));
        assertThrows(AccessDeniedException.class, () -> as(neighbour, MANAGER,
                () -> decisions.vote(there, vote(PanelOutcome.COMMENCE_RAPID_REVIEW, null))),
                "a partnership that lists nobody keeps the role: its business manager does not vote");
    }

    /**
     * Issue 14 \u00a72: the agency's verifier a referral names (\u00a77.3) and each member the partnership
     * lists on its Virtual Panel (\u00a710.1) are e-mailed a link, at the address the sign-in service holds
     * for them in this partnership; a member it does not know here is not, and another partnership that
     * lists the same person does not reach them.
     */
    @Test
    void theVerifierAndEachListedPanelMemberAreEmailedAtTheirAddressInThePartnership() throws Exception {
        ActiveTenant partnership = tenants.provision("it-decide-mailed");
        ActiveTenant neighbour = tenants.provision("it-decide-mailed-b");
        directory.ensureGroups("it-decide-mailed");
        try {
            // People already on the service (the demo's panel member and verifier) are given roles here.
            directory.place("it-decide-mailed", Role.PANEL_MEMBER.claimName(), "Pat Panel", "nm.panel@example.test");
            directory.place("it-decide-mailed", Role.AGENCY_VERIFIER.claimName(), "Vera Verifier",
                    "nm.verifier@example.test");
            for (ActiveTenant board : List.of(partnership, neighbour)) {
                ThresholdChangeForm members = as(board, MANAGER, thresholds::changeFormFromNewest);
                members.setPanelMembers("nm.panel\nrd.panel.a");
                members.setReason("Our panel, by name");
                as(board, MANAGER, () -> thresholds.publishChange(members));
            }
            Caller referrer = referrer(null);
            String id = as(partnership, referrer, () -> referrals.startDraft(form("Child admitted with injuries")));
            ReferralContent content = as(partnership, referrer, () -> ExampleReferrals.complete(LocalDate.now(CLOCK),
                    referrals.content(id).getCriteria()));
            content.getReferrer().setVerifiedBy(null);
            content.getReferrer().setVerifiedOn(null);
            content.getReferrer().setVerifierUsername("nm.verifier");
            as(partnership, referrer, () -> referrals.saveStep(id, ReferralStep.NOTIFICATIONS, content));
            as(partnership, referrer, () -> referrals.submit(id));
            jakarta.mail.internet.MimeMessage ask = MailCatcher.awaitSubject("nm.verifier@example.test",
                    "A referral to verify for your agency").orElseThrow();
            assertTrue(((String) ask.getContent()).contains("/safeguarding/app/referrals/view.xhtml?id=" + id));
            Caller verifier = new Caller("nm.verifier", "Vera Verifier", Set.of(Role.AGENCY_VERIFIER));
            String reference = as(partnership, verifier, () -> verifications.verify(id, null)).reference();

            as(partnership, MANAGER, () -> run(() -> decisions.forwardToPanel(id)));
            jakarta.mail.internet.MimeMessage vote = MailCatcher.awaitSubject("nm.panel@example.test",
                    "Your vote: referral " + reference).orElseThrow();
            String body = (String) vote.getContent();
            assertTrue(body.contains("/safeguarding/app/referrals/view.xhtml?id=" + id), body);
            assertFalse(body.contains("Jamie") || body.contains("injuries"), "the mail carries nothing of the case");

            String there = submitted(neighbour, referrer(null));
            as(neighbour, MANAGER, () -> run(() -> decisions.forwardToPanel(there)));
            sweep(neighbour);
            assertEquals(1, MailCatcher.to("nm.panel@example.test").stream().filter(m -> MailCatcher.subjectOf(m)
                    .startsWith("Your vote")).count(), "listed by another partnership that does not have them: not"
                    + " e-mailed (only this partnership's vote reached them)");
        } finally {
            directory.removeGroups("it-decide-mailed");
        }
    }

    /**
     * §7.3 (issue 14 §1): a referrer names their agency's verifier on the service; the verifier reads
     * the whole referral and returns it with what to change, or verifies it, and only then does the
     * partnership receive it, with its reference and its 24 hours. Nobody else verifies it; another
     * partnership's verifier finds nothing.
     */
    @Test
    void theAgencysVerifierVerifiesTheReferralBeforeThePartnershipReceivesIt() {
        ActiveTenant partnership = tenants.provision("it-decide-verify");
        ActiveTenant neighbour = tenants.provision("it-decide-verify-other");
        Caller referrer = referrer("vr.referrer@it-decide-verify.example");
        Caller verifier = new Caller("vr.verifier", "Vera Verifier", Set.of(Role.AGENCY_VERIFIER));
        Caller otherVerifier = new Caller("vr.other", "Otto Other", Set.of(Role.AGENCY_VERIFIER));
        String id = as(partnership, referrer, () -> referrals.startDraft(form("Child admitted with injuries")));
        ReferralContent content = as(partnership, referrer, () -> ExampleReferrals.complete(LocalDate.now(CLOCK),
                referrals.content(id).getCriteria()));
        content.getReferrer().setVerifiedBy(null);
        content.getReferrer().setVerifiedOn(null);
        content.getReferrer().setVerifierUsername("vr.verifier");
        as(partnership, referrer, () -> referrals.saveStep(id, ReferralStep.NOTIFICATIONS, content));

        ReferralDetail sent = as(partnership, referrer, () -> referrals.submit(id));
        assertEquals("AWAITING_VERIFICATION", sent.status());
        assertNull(sent.reference(), "the partnership has not received it: no reference");
        assertEquals(List.of(), as(partnership, MANAGER, () -> clocks.ofSubject("referral", id)), "and no clock runs");
        assertEquals(0, as(partnership, MANAGER, () -> referrals.inbox(1)).total(), "nor is it in the inbox");
        assertTrue(as(partnership, verifier, () -> work.of(verifier)).stream().anyMatch(t -> t.action()
                .startsWith("Verify the referral for your agency")), "it waits in the verifier's tasks");
        assertEquals("vr.verifier", as(partnership, verifier, () -> referrals.detail(id)).verification().verifier(),
                "the verifier reads it");
        assertThrows(RecordNotFoundException.class, () -> as(partnership, otherVerifier, () -> referrals.detail(id)));
        assertThrows(RecordNotFoundException.class, () -> as(partnership, otherVerifier,
                () -> verifications.verify(id, null)), "nobody else verifies it");
        assertTrue(as(partnership, MANAGER, () -> audit.historyOf("referral", id)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED && "vr.other".equals(e.actor())));

        assertEquals("returnBecause", assertThrows(InvalidFieldException.class, () -> as(partnership, verifier,
                () -> verifications.returnToReferrer(id, " "))).field());
        ReferralDetail returned = as(partnership, verifier, () -> verifications.returnToReferrer(id,
                "Add the GP's involvement"));
        assertEquals("DRAFT", returned.status());
        sweep(partnership);
        assertTrue(MailCatcher.awaitSubject("vr.referrer@it-decide-verify.example",
                "Your referral was returned by your agency's verifier").isPresent(), "the referrer is told");
        assertEquals("Add the GP's involvement", as(partnership, referrer, () -> referrals.detail(id)).verification()
                .returnedBecause());

        as(partnership, referrer, () -> referrals.submit(id));
        ReferralDetail verified = as(partnership, verifier, () -> verifications.verify(id, "Checked with our lead"));
        assertEquals("SUBMITTED", verified.status(), "verified, the partnership receives it");
        assertTrue(verified.reference() != null && verified.reference().startsWith("REF-"));
        assertEquals("Vera Verifier", verified.verification().verifiedBy());
        ClockLine forward = as(partnership, MANAGER, () -> clocks.ofSubject("referral", id)).get(0);
        assertEquals("forward-to-panel", forward.ruleKey());
        // The database keeps microseconds: the same moment, to within one.
        assertTrue(java.time.Duration.between(verified.verification().verifiedAt(), forward.startedAt()).abs()
                .toNanos() < 1_000, "\u00a77.5: the 24 hours run from when the partnership received it");
        assertEquals(1, as(partnership, MANAGER, () -> referrals.inbox(1)).total());
        assertThrows(IllegalStateException.class, () -> as(partnership, verifier, () -> verifications.verify(id, null)),
                "verified once");

        assertThrows(RecordNotFoundException.class, () -> as(neighbour, verifier, () -> verifications.verify(id, null)),
                "another partnership's verifier finds nothing");
        assertTrue(as(neighbour, MANAGER, () -> audit.historyOf("referral", id)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED));
    }

    /**
     * §7.3-7.4 (issue 14 §3): the business unit keys in a referral the Coroner e-mailed to the mailbox,
     * completes the form in the sender's place and submits it; §7.5's 24 hours, and the inbox, count from
     * when the mailbox received it. A referrer cannot key one in, a bad receipt is refused beside its field
     * with nothing saved, and another partnership finds nothing (audited).
     */
    @Test
    void theBusinessUnitKeysInAReferralReceivedFromOutsideAndItsClockCountsFromReceipt() {
        ActiveTenant partnership = tenants.provision("it-decide-keyin");
        ActiveTenant neighbour = tenants.provision("it-decide-keyin-other");
        Caller referrer = referrer("ki.referrer@it-decide-keyin.example");
        java.time.ZonedDateTime received = java.time.ZonedDateTime.now(CLOCK.withZone(java.time.ZoneId.of(
                "Europe/London"))).minusHours(3).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        uk.safeguarding.reviews.referral.application.OutsideReceiptForm receipt =
                new uk.safeguarding.reviews.referral.application.OutsideReceiptForm();
        receipt.setSource(uk.safeguarding.reviews.referral.domain.OutsideSource.CORONER);
        receipt.setChannel(uk.safeguarding.reviews.referral.domain.OutsideChannel.EMAIL);
        receipt.setReceivedOn(received.toLocalDate());

        InvalidFieldException noTime = assertThrows(InvalidFieldException.class, () -> as(partnership, MANAGER,
                () -> referrals.keyIn(form("Infant died at home"), receipt)));
        assertEquals("receivedTime", noTime.field());
        assertEquals(0, as(partnership, MANAGER, () -> referrals.listDrafts(1)).total(), "nothing saved");
        receipt.setReceivedTime(received.toLocalTime());
        assertThrows(AccessDeniedException.class, () -> as(partnership, referrer,
                () -> referrals.keyIn(form("Infant died at home"), receipt)), "only the business unit keys in");

        String id = as(partnership, MANAGER, () -> referrals.keyIn(form("Infant died at home"), receipt));
        ReferralDetail draft = as(partnership, MANAGER, () -> referrals.detail(id));
        assertEquals("DRAFT", draft.status());
        assertEquals(uk.safeguarding.reviews.referral.domain.OutsideSource.CORONER, draft.outside().source());
        assertEquals(received.toInstant(), draft.outside().receivedAt().toInstant());
        assertTrue(draft.mine(), "the business manager completes it in the sender's place");
        assertThrows(RecordNotFoundException.class, () -> as(partnership, referrer, () -> referrals.detail(id)),
                "a referrer of the partnership does not see it");

        // The business unit completes it as a team: a colleague of whoever keyed it in carries on.
        Caller colleague = new Caller("rd.manager.two", "Second Manager", Set.of(Role.BUSINESS_MANAGER));
        assertTrue(as(partnership, colleague, () -> referrals.detail(id)).mine(), "theirs to complete too");
        ReferralContent content = as(partnership, colleague, () -> ExampleReferrals.complete(LocalDate.now(CLOCK),
                referrals.content(id).getCriteria()));
        content.getReferrer().setVerifierUsername("ki.verifier");
        as(partnership, colleague, () -> referrals.saveStep(id, ReferralStep.NOTIFICATIONS, content));
        assertNull(as(partnership, MANAGER, () -> referrals.content(id)).getReferrer().getVerifierUsername(),
                "\u00a77.3: no verifier on this service for a referral keyed in from outside");
        ReferralDetail submitted = as(partnership, MANAGER, () -> referrals.submit(id));
        assertEquals("SUBMITTED", submitted.status(), "\u00a77.3: the sending organisation verified it, not this service");
        assertTrue(submitted.reference().startsWith("REF-"));
        assertEquals(received.toInstant(), submitted.submittedAt().toInstant(), "received when the mailbox received it");
        ClockLine forward = as(partnership, MANAGER, () -> clocks.ofSubject("referral", id)).get(0);
        assertEquals("forward-to-panel", forward.ruleKey());
        assertEquals(received.toInstant(), forward.startedAt().toInstant(), "\u00a77.5: within 24 hours of receipt");
        assertEquals(List.of(id), as(partnership, MANAGER, () -> referrals.inbox(1)).items().stream()
                .map(ReferralLine::id).toList());
        assertTrue(as(partnership, MANAGER, () -> audit.historyOf("referral", id)).stream().anyMatch(e ->
                e.outcome() == AuditOutcome.ALLOWED && "rd.manager".equals(e.actor()) && e.detail() != null
                        && e.detail().contains("keyed in on the sender's behalf")), "keying in is audited");

        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER, () -> referrals.detail(id)));
        assertThrows(RecordNotFoundException.class, () -> as(neighbour, MANAGER, () -> referrals.content(id)));
        assertEquals(2, as(neighbour, MANAGER, () -> audit.historyOf("referral", id)).stream()
                .filter(e -> e.outcome() == AuditOutcome.DENIED).count());
        assertEquals(0, as(neighbour, MANAGER, () -> referrals.inbox(1)).total());
    }

    /**
     * §10.3 a (issue 14 §3): the referrer chooses their agency from the partnership's agencies, so
     * referrals can be counted by agency; the name is the partnership's; another partnership's agency
     * is not one of them, and the name typed for an agency not listed stays.
     */
    @Test
    void theReferrersAgencyIsChosenFromThePartnershipsAgencies() {
        ActiveTenant partnership = tenants.provision("it-decide-agency");
        ActiveTenant neighbour = tenants.provision("it-decide-agency-other");
        AgencyView school = cases.agency(partnership, MANAGER, "Northmoor Primary School", AgencyKind.EDUCATION, null,
                "agency.school");
        AgencyView elsewhere = cases.agency(neighbour, MANAGER, "Southvale Police", AgencyKind.POLICE, "Police",
                "agency.sv");
        Caller referrer = referrer(null);
        assertEquals(List.of("Northmoor Primary School"), as(partnership, referrer, () -> referrals.referrerAgencies())
                .stream().map(ReferralService.AgencyChoice::name).toList(), "this partnership's agencies, and no other's");
        String id = as(partnership, referrer, () -> referrals.startDraft(form("Child admitted with injuries")));
        ReferralContent content = as(partnership, referrer, () -> referrals.content(id));
        content.getReferrer().setAgencyId(school.id());
        content.getReferrer().setAgency("typed differently");
        as(partnership, referrer, () -> referrals.saveStep(id, ReferralStep.REFERRER, content));
        ReferralContent saved = as(partnership, referrer, () -> referrals.content(id));
        assertEquals(school.id(), saved.getReferrer().getAgencyId());
        assertEquals("Northmoor Primary School", saved.getReferrer().getAgency(), "the partnership's name for it");

        saved.getReferrer().setAgencyId(elsewhere.id());
        saved.getReferrer().setAgency("Southvale Police");
        as(partnership, referrer, () -> referrals.saveStep(id, ReferralStep.REFERRER, saved));
        ReferralContent other = as(partnership, referrer, () -> referrals.content(id));
        assertNull(other.getReferrer().getAgencyId(), "another partnership's agency is not one of this one's");
        assertEquals("Southvale Police", other.getReferrer().getAgency(), "what was typed stays, as another agency");
    }

    @Test
    void noReviewIsDisputedThenSettledWithTheAdvisersView() {
        ActiveTenant partnership = tenants.provision("it-decide-none");
        Caller referrer = referrer(null);
        String id = submitted(partnership, referrer);
        as(partnership, MANAGER, () -> run(() -> decisions.forwardToPanel(id)));
        as(partnership, PANEL_A, () -> decisions.vote(id, vote(PanelOutcome.NO_REVIEW, null)));
        as(partnership, PANEL_B, () -> decisions.vote(id, vote(PanelOutcome.NO_REVIEW, null)));

        as(partnership, referrer, () -> run(() -> decisions.disagree(id, "The hospital found older fractures")));
        assertTrue(as(partnership, ADVISER, () -> work.of(ADVISER)).stream().anyMatch(t -> t.action()
                .equals("Give your view on the disputed decision of no review")), "issue 14: it waits in the adviser's tasks");
        assertThrows(AccessDeniedException.class, () -> as(partnership, MANAGER,
                () -> run(() -> decisions.recordAdviserView(id, "Typed for them"))),
                "\u00a77.5: the Independent Adviser gives their own view; the business unit does not type it");
        as(partnership, ADVISER, () -> run(() -> decisions.recordAdviserView(id, "A local case review would help")));
        assertTrue(as(partnership, ADVISER, () -> work.of(ADVISER)).stream().noneMatch(t -> t.action()
                .equals("Give your view on the disputed decision of no review")), "given, it leaves their tasks");
        as(partnership, MANAGER, () -> run(() -> decisions.finalDecision(id, PanelOutcome.LOCAL_CASE_REVIEW,
                "Agreed with the Independent Adviser")));

        ReferralDetail settled = as(partnership, referrer, () -> referrals.detail(id));
        assertEquals("DECIDED", settled.status());
        assertEquals(DecisionRoute.FINAL_AFTER_DISAGREEMENT, settled.decisionRoute());
        assertEquals("The hospital found older fractures", settled.disagreement());
        assertEquals("A local case review would help", settled.adviserView());
        assertEquals(List.of(), settled.votes(), "the referrer sees the decision and rationale, not the votes");
        assertNotNull(settled.reviewId());
    }

    @Test
    void anIncompleteFormCannotBeSubmittedAndTheDraftKeepsWhatWasTyped() {
        ActiveTenant partnership = tenants.provision("it-decide-incomplete");
        Caller referrer = referrer(null);
        String id = as(partnership, referrer, () -> referrals.startDraft(form("Child admitted with injuries")));
        ReferralContent content = ExampleReferrals.complete(LocalDate.now(CLOCK),
                as(partnership, referrer, () -> referrals.content(id)).getCriteria());
        content.getChildren().get(0).setDateOfBirth(LocalDate.now(CLOCK).minusYears(30));

        List<FieldProblem> atFamily = as(partnership, referrer, () -> referrals.saveStep(id, ReferralStep.FAMILY, content));
        IncompleteReferralException refused = assertThrows(IncompleteReferralException.class,
                () -> as(partnership, referrer, () -> referrals.submit(id)));

        assertEquals(List.of("children[0].dateOfBirth"), atFamily.stream().map(FieldProblem::field).toList());
        assertEquals(atFamily, refused.problems());
        ReferralContent kept = as(partnership, referrer, () -> referrals.content(id));
        assertEquals(LocalDate.now(CLOCK).minusYears(30), kept.getChildren().get(0).getDateOfBirth());
        assertEquals("Jamie Smith", kept.getChildren().get(0).getName());
        assertEquals("DRAFT", as(partnership, referrer, () -> referrals.detail(id)).status());
    }

    @Test
    void aGoodOutcomeReviewReferralLeadsToAGoodOutcomeReview() {
        ActiveTenant partnership = tenants.provision("it-decide-gor");
        Caller referrer = referrer(null);
        DraftReferralForm draft = form("Exceptional joint work for a child");
        draft.setKind(ReferralKind.GOOD_OUTCOME);
        String id = as(partnership, referrer, () -> referrals.startDraft(draft));
        List<CriteriaAnswer> questions = as(partnership, referrer, () -> referrals.content(id)).getCriteria();
        assertTrue(questions.stream().allMatch(q -> q.getKind().equals("GOOD_OUTCOME_REVIEW")), "§5.3's questions");
        as(partnership, referrer, () -> referrals.saveStep(id, ReferralStep.CRITERIA,
                ExampleReferrals.goodOutcome(LocalDate.now(CLOCK), questions)));
        as(partnership, referrer, () -> referrals.submit(id));
        as(partnership, MANAGER, () -> run(() -> decisions.forwardToPanel(id)));

        assertThrows(IllegalArgumentException.class, () -> as(partnership, PANEL_A,
                () -> decisions.vote(id, vote(PanelOutcome.COMMENCE_RAPID_REVIEW, null))), "not an outcome of Document 6");
        as(partnership, PANEL_A, () -> decisions.vote(id, vote(PanelOutcome.GOOD_OUTCOME_REVIEW, null)));
        as(partnership, PANEL_B, () -> decisions.vote(id, vote(PanelOutcome.GOOD_OUTCOME_REVIEW, null)));

        ReferralDetail decided = as(partnership, MANAGER, () -> referrals.detail(id));
        ReviewSummary review = as(partnership, MANAGER, () -> reviews.view(decided.reviewId()));
        assertEquals(ReviewKind.GOOD_OUTCOME_REVIEW, review.kind());
        assertTrue(review.reference().startsWith("GOR-"), review.reference());
    }

    @Test
    void theBusinessManagerCommencesAnObviousRapidReviewAtOnce() {
        ActiveTenant partnership = tenants.provision("it-decide-atonce");
        String id = submitted(partnership, referrer(null));

        as(partnership, MANAGER, () -> run(() -> decisions.commenceRapidReviewAtOnce(id, "Child died; abuse suspected")));

        ReferralDetail decided = as(partnership, MANAGER, () -> referrals.detail(id));
        assertEquals(DecisionRoute.BUSINESS_MANAGER_AT_ONCE, decided.decisionRoute());
        assertEquals(ReviewKind.RAPID_REVIEW, as(partnership, MANAGER, () -> reviews.view(decided.reviewId())).kind());
    }

    @Test
    void badVotesAreRefusedAndEarlierVotesStayIntact() {
        ActiveTenant partnership = tenants.provision("it-decide-bad");
        String id = submitted(partnership, referrer(null));
        as(partnership, MANAGER, () -> run(() -> decisions.forwardToPanel(id)));
        as(partnership, PANEL_A, () -> decisions.vote(id, vote(PanelOutcome.COMMENCE_RAPID_REVIEW, null)));

        assertThrows(IllegalStateException.class,
                () -> as(partnership, PANEL_A, () -> decisions.vote(id, vote(PanelOutcome.NO_REVIEW, null))),
                "a second vote by the same member");
        assertThrows(AccessDeniedException.class,
                () -> as(partnership, MANAGER, () -> decisions.vote(id, vote(PanelOutcome.NO_REVIEW, null))),
                "a vote from someone not on the panel");
        assertThrows(jakarta.validation.ConstraintViolationException.class, () -> as(partnership, PANEL_B,
                () -> decisions.vote(id, vote(null, null))), "a vote with no outcome");

        ReferralDetail stillWithPanel = as(partnership, MANAGER, () -> referrals.detail(id));
        assertEquals("WITH_PANEL", stillWithPanel.status());
        assertEquals(1, stillWithPanel.votes().size());
        assertEquals(new uk.safeguarding.reviews.referral.domain.PanelDecisionRule.NotQuorate(1, 2), stillWithPanel.tally());
        assertTrue(as(partnership, MANAGER, () -> audit.historyOf("referral", id)).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED && e.actor().equals("rd.manager")));
    }

    @Test
    void anotherPartnershipsPeopleCannotSeeOrVoteAndTheAttemptIsAudited() {
        ActiveTenant owner = tenants.provision("it-decide-owner");
        ActiveTenant other = tenants.provision("it-decide-other");
        Caller otherReferrer = new Caller("rd.other.referrer", "Other", Set.of(Role.REFERRER));
        String id = submitted(owner, referrer(null));
        as(owner, MANAGER, () -> run(() -> decisions.forwardToPanel(id)));

        assertThrows(RecordNotFoundException.class, () -> as(other, PANEL_A, () -> referrals.detail(id)));
        assertThrows(RecordNotFoundException.class,
                () -> as(other, PANEL_A, () -> decisions.vote(id, vote(PanelOutcome.NO_REVIEW, null))));
        assertThrows(RecordNotFoundException.class, () -> as(owner, otherReferrer, () -> referrals.detail(id)),
                "another referrer in the same partnership sees nothing either");

        assertEquals(2, as(other, MANAGER, () -> audit.historyOf("referral", id)).stream()
                .filter(e -> e.outcome() == AuditOutcome.DENIED).count());
        assertEquals(List.of(), as(owner, MANAGER, () -> referrals.detail(id)).votes());
        assertEquals(List.of(), as(other, MANAGER, () -> referrals.inbox(1)).items());
    }

    @Test
    void anotherPartnershipCannotSeeOrChangeAReviewAndTheAttemptIsAudited() {
        ActiveTenant owner = tenants.provision("it-decide-review-owner");
        ActiveTenant other = tenants.provision("it-decide-review-other");
        String id = submitted(owner, referrer(null));
        as(owner, MANAGER, () -> run(() -> decisions.commenceRapidReviewAtOnce(id, "Child died; abuse suspected")));
        String reviewId = as(owner, MANAGER, () -> referrals.detail(id)).reviewId();

        assertThrows(RecordNotFoundException.class, () -> as(other, MANAGER, () -> reviews.view(reviewId)));
        assertThrows(RecordNotFoundException.class, () -> as(other, MANAGER, () -> reviews.pause(reviewId, "Not theirs")));
        assertEquals(List.of(), as(other, MANAGER, () -> clocks.ofSubject("review", reviewId)));

        assertEquals(2, as(other, MANAGER, () -> audit.historyOf("review", reviewId)).stream()
                .filter(e -> e.outcome() == AuditOutcome.DENIED).count());
        assertEquals(null, as(owner, MANAGER, () -> reviews.view(reviewId)).chair());
    }

    private String submitted(ActiveTenant partnership, Caller referrer) {
        String id = as(partnership, referrer, () -> referrals.startDraft(form("Child admitted with injuries")));
        as(partnership, referrer, () -> referrals.saveStep(id, ReferralStep.NOTIFICATIONS, ExampleReferrals.complete(
                LocalDate.now(CLOCK), referrals.content(id).getCriteria())));
        as(partnership, referrer, () -> referrals.submit(id));
        return id;
    }

    private void sweep(ActiveTenant partnership) {
        as(partnership, Caller.system(), () -> outbox.sendPending("test-sweep", "http://localhost:9180"));
    }

    private static Caller referrer(String email) {
        return new Caller("referrer." + (email == null ? "no-mail" : email.substring(0, email.indexOf('.'))),
                "Referrer", Set.of(Role.REFERRER), email);
    }

    private static DraftReferralForm form(String summary) {
        DraftReferralForm form = new DraftReferralForm();
        form.setChildInitials("JS");
        form.setIncidentDate(LocalDate.now(CLOCK).minusDays(3));
        form.setSummary(summary);
        return form;
    }

    private static VoteForm vote(PanelOutcome outcome, String conflict) {
        VoteForm form = new VoteForm();
        form.setOutcome(outcome);
        form.setReason("Serious injury, neglect suspected");
        form.setConflictOfInterest(conflict);
        return form;
    }

    private static Object run(Runnable work) {
        work.run();
        return null;
    }
}
