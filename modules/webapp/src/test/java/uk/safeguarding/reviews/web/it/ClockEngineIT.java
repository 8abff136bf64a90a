package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.reviews.web.it.TestTenants.as;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguarding.reviews.kernel.ProductClock;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditEvent;
import uk.safeguarding.reviews.audit.AuditOutcome;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.application.ClockExplanation;
import uk.safeguarding.reviews.clocks.application.ClockLine;
import uk.safeguarding.reviews.clocks.application.ClockRuleChangeForm;
import uk.safeguarding.reviews.clocks.application.ClockRulesService;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.clocks.application.Deadlines;
import uk.safeguarding.reviews.clocks.application.ClosureDayForm;
import uk.safeguarding.reviews.clocks.domain.ClockOwner;
import uk.safeguarding.reviews.clocks.domain.ClockSubject;
import uk.safeguarding.reviews.clocks.domain.DateOutsideCalendarException;
import uk.safeguarding.reviews.clocks.domain.DeadlineStatus;
import uk.safeguarding.reviews.clocks.domain.RunningClock;
import uk.safeguarding.reviews.clocks.domain.StartEvent;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Page;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;

/** Running clocks in PostgreSQL: stored with their log, recomputed when they must be, and nobody else's. */
@ExtendWith(ArquillianExtension.class)
class ClockEngineIT {

    /** The product's clock: bin/test --date moves it for this JVM and the test server alike. */
    private static final Clock CLOCK = ProductClock.configured();

    private static final Caller MANAGER = new Caller("engine.manager", "Manager", Set.of(Role.BUSINESS_MANAGER));
    private static final ClockOwner OWNER = new ClockOwner("Business unit", "bu@engine.example");

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestHelpers();
    }

    @Inject
    private TestTenants tenants;

    @Inject
    private ClockService clocks;

    @Inject
    private Deadlines deadlines;

    @Inject
    private ClockRulesService settings;

    @Inject
    private AuditTrail audit;

    @Test
    void aClockIsStoredWithItsVersionsAndExplainedFromTheDatabase() {
        ActiveTenant partnership = tenants.provision("it-engine-store");
        ClockSubject referral = subject("REF-STORE-1");
        ZonedDateTime received = ZonedDateTime.now(CLOCK).minusHours(1);

        ClockLine started = as(partnership, MANAGER, () -> clocks.start(referral, OWNER, "rapid-review", received));
        ClockExplanation explained = as(partnership, MANAGER, () -> deadlines.explain(started.id()));

        assertEquals(1, started.ruleVersion());
        assertEquals(1, started.calendarVersion());
        assertEquals(started.dueBy().toInstant(), explained.line().dueBy().toInstant());
        assertEquals(15, explained.budget());
        assertTrue(explained.skipped().stream().anyMatch(d -> d.reason().equals("Saturday")),
                "15 working days always pass a weekend: " + explained.summary());
        assertEquals(DeadlineStatus.ON_TRACK, explained.line().status());
        List<ClockLine> dashboard = as(partnership, MANAGER, () -> deadlines.dashboard(null, null, 1).items());
        assertEquals(List.of(started.id()), dashboard.stream().map(ClockLine::id).toList());
        // Issue 18: reading a clock's explanation is audited like any other read; the clock was created once.
        assertEquals(List.of(AuditAction.VIEW, AuditAction.CREATE), as(partnership, MANAGER,
                () -> audit.historyOf("clock", started.id().toString())).stream().map(AuditEvent::action).toList());
        assertTrue(as(partnership, MANAGER, () -> audit.recent(5)).stream().anyMatch(e -> e.action() == AuditAction.LIST
                && "clock".equals(e.recordType()) && "the deadline dashboard".equals(e.detail())),
                "and so is reading the deadline dashboard");
    }

    @Test
    void aClosureDayRecomputesOpenClocksWithItsReasonAndLeavesMetClocksAlone() {
        ActiveTenant partnership = tenants.provision("it-engine-calendar");
        ZonedDateTime now = ZonedDateTime.now(CLOCK);
        ClockLine open = as(partnership, MANAGER, () -> clocks.start(subject("REF-OPEN"), OWNER, "rapid-review", now));
        ClockSubject metSubject = subject("REF-MET");
        ClockLine met = as(partnership, MANAGER, () -> clocks.start(metSubject, OWNER, "rapid-review", now));
        as(partnership, MANAGER, () -> clocks.meet(metSubject, "rapid-review", now.plusMinutes(1)));
        ClosureDayForm closure = new ClosureDayForm();
        // The next working day, which a 15-working-day clock started now always counts.
        closure.setDay(as(partnership, MANAGER, () -> settings.preview("information-requests", 1,
                StartEvent.REFERRAL_RECEIVED)).dueDay());
        closure.setReason("Staff training day");

        int calendarVersion = as(partnership, MANAGER, () -> settings.addClosureDay(closure));

        ClockExplanation moved = as(partnership, MANAGER, () -> deadlines.explain(open.id()));
        ClockExplanation untouched = as(partnership, MANAGER, () -> deadlines.explain(met.id()));
        assertTrue(moved.line().dueDay().isAfter(open.dueDay()), moved.summary());
        assertEquals(calendarVersion, moved.line().calendarVersion());
        RunningClock.Recomputation change = moved.recomputations().get(0);
        assertEquals(open.dueBy().toInstant(), change.previousDueBy().toInstant());
        assertTrue(change.reason().contains("Staff training day"), change.reason());
        assertTrue(moved.skipped().stream().anyMatch(d -> d.reason().equals("Closure: Staff training day")));
        assertEquals(met.dueBy().toInstant(), untouched.line().dueBy().toInstant());
        assertEquals(1, untouched.line().calendarVersion());
        assertEquals(List.of(), untouched.recomputations());
        assertEquals(RunningClock.State.MET, untouched.line().state());
    }

    @Test
    void theDashboardIsReadAPageAtATimeSoonestFirstAndItsFiltersAreTheDatabasesToo() {
        // issue 13 §4: paged, sorted and filtered by the database, counted, never cut silently.
        ActiveTenant partnership = tenants.provision("it-engine-pages");
        ZonedDateTime now = ZonedDateTime.now(CLOCK);
        for (int i = 0; i < Page.DEFAULT_SIZE + 2; i++) {
            ZonedDateTime started = now.minusMinutes(i);
            String reference = "REF-PAGE-" + i;
            as(partnership, MANAGER, () -> clocks.start(subject(reference), OWNER, "forward-to-panel", started));
        }

        Page<ClockLine> first = as(partnership, MANAGER, () -> deadlines.dashboard(null, null, 1));
        Page<ClockLine> second = as(partnership, MANAGER, () -> deadlines.dashboard(null, null, 2));
        Page<ClockLine> one = as(partnership, MANAGER, () -> deadlines.dashboard("REF-PAGE-3", null, 1));

        assertEquals(Page.DEFAULT_SIZE + 2, first.total());
        assertEquals(Page.DEFAULT_SIZE, first.items().size());
        assertEquals("REF-PAGE-26", first.items().get(0).subjectLabel(), "the soonest due (started earliest) first");
        assertEquals(List.of("REF-PAGE-1", "REF-PAGE-0"), second.items().stream().map(ClockLine::subjectLabel).toList());
        assertEquals(List.of("REF-PAGE-3"), one.items().stream().map(ClockLine::subjectLabel).toList());
        assertEquals(0, as(partnership, MANAGER, () -> deadlines.dashboard(null, "rapid-review", 1)).total());
        assertEquals(Page.DEFAULT_SIZE + 2, as(partnership, MANAGER, () -> deadlines.subjectsWithOpenClocks()).size());
    }

    @Test
    void aClockThatWouldRunPastTheShippedBankHolidaysIsRefusedWithWhatToDoUntilNewerOnesAreLoaded() {
        ActiveTenant partnership = tenants.provision("it-engine-2031");
        ZonedDateTime lateIn2030 = java.time.LocalDateTime.of(2030, 12, 20, 10, 0).atZone(ProductClock.UK);

        DateOutsideCalendarException refused = assertThrows(DateOutsideCalendarException.class, () -> as(partnership,
                MANAGER, () -> clocks.start(subject("REF-2031"), OWNER, "rapid-review", lateIn2030)));

        assertTrue(refused.getMessage().startsWith("Working days can only be counted up to 31 December 2030"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("under Clock rules, Working days"), refused.getMessage());
        assertEquals(List.of(), as(partnership, MANAGER, () -> deadlines.dashboard(null, null, 1).items()), "nothing was started");
        assertEquals(LocalDate.of(2030, 12, 31), as(partnership, MANAGER, () -> settings.currentCalendar()).coveredTo());

        // GOV.UK's file once it holds 2031 whole (from New Year's Day to Boxing Day; the days between are
        // not needed by a clock that ends in January).
        String with2031 = "{\"england-and-wales\": {\"division\": \"england-and-wales\", \"events\": ["
                + "{\"title\": \"New Year's Day\", \"date\": \"2031-01-01\"},"
                + "{\"title\": \"Christmas Day\", \"date\": \"2031-12-25\"},"
                + "{\"title\": \"Boxing Day\", \"date\": \"2031-12-26\"}]}}";
        as(partnership, MANAGER, () -> settings.importBankHolidays(stream(with2031), "GOV.UK published 2031"));
        ClockLine started = as(partnership, MANAGER, () -> clocks.start(subject("REF-2031"), OWNER, "rapid-review",
                lateIn2030));

        assertEquals(LocalDate.of(2031, 12, 31), as(partnership, MANAGER, () -> settings.currentCalendar()).coveredTo());
        // 15 working days: Christmas, Boxing Day and New Year's Day are not counted (§4.2 table).
        assertEquals(LocalDate.of(2031, 1, 15), started.dueDay());
    }

    @Test
    void anImportedBankHolidayMovesOpenClocksAndABadFileIsRefusedWithWhereAndWhy() {
        ActiveTenant partnership = tenants.provision("it-engine-import");
        ZonedDateTime now = ZonedDateTime.now(CLOCK);
        ClockLine open = as(partnership, MANAGER, () -> clocks.start(subject("REF-IMPORT"), OWNER, "rapid-review", now));
        LocalDate newHoliday = as(partnership, MANAGER, () -> settings.preview("information-requests", 1,
                StartEvent.REFERRAL_RECEIVED)).dueDay();
        String file = "{\"england-and-wales\": {\"division\": \"england-and-wales\", \"events\": ["
                + "{\"title\": \"Extra bank holiday\", \"date\": \"" + newHoliday + "\"}]}}";
        String broken = "{\"england-and-wales\": {\"events\": [{\"title\": \"Oops\", \"date\": \"31/12/2027\"}]}}";

        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> as(partnership, MANAGER,
                () -> settings.importBankHolidays(stream(broken), "New holiday announced")));
        int version = as(partnership, MANAGER, () -> settings.importBankHolidays(stream(file), "New holiday announced"));

        assertEquals("holidayFile", refused.field());
        assertEquals("england-and-wales event 1 (Oops): \"31/12/2027\" is not a date in the form yyyy-MM-dd",
                refused.getMessage());
        assertEquals(2, version, "the refused file made no version");
        ClockExplanation moved = as(partnership, MANAGER, () -> deadlines.explain(open.id()));
        assertEquals(version, moved.line().calendarVersion());
        assertTrue(moved.line().dueDay().isAfter(open.dueDay()));
        assertTrue(moved.skipped().stream().anyMatch(d -> d.date().equals(newHoliday)
                && d.reason().equals("Extra bank holiday")), moved.summary());
    }

    private static java.io.InputStream stream(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aReviewKeepsTheRulesItBeganUnderUntilABusinessManagerMovesItOn() {
        ActiveTenant partnership = tenants.provision("it-engine-versions");
        ClockSubject review = subject("RR-VERSIONS");
        ZonedDateTime began = ZonedDateTime.now(CLOCK).minusDays(1);
        ClockLine underV1 = as(partnership, MANAGER, () -> clocks.start(review, OWNER, "rapid-review", began));

        int v2 = as(partnership, MANAGER, () -> settings.publishChange(change("rapid-review", 20)));
        ClockLine stillV1 = as(partnership, MANAGER, () -> deadlines.explain(underV1.id())).line();
        ClockLine laterClockOfSameReview = as(partnership, MANAGER,
                () -> clocks.start(review, OWNER, "information-requests", began));
        ClockLine newReview = as(partnership, MANAGER,
                () -> clocks.start(subject("RR-NEW"), OWNER, "rapid-review", began));

        assertEquals(underV1.dueBy().toInstant(), stillV1.dueBy().toInstant(), "version 2 does not move it");
        assertEquals(1, stillV1.ruleVersion());
        assertEquals(1, laterClockOfSameReview.ruleVersion(), "the review's later clocks keep its version");
        assertEquals(v2, newReview.ruleVersion());
        assertNotEquals(underV1.dueDay(), newReview.dueDay());

        List<ClockLine> moved = as(partnership, MANAGER, () -> deadlines.moveToRulesInForce("referral", review.id(),
                "Chair agreed: complex multi-agency case"));

        ClockExplanation after = as(partnership, MANAGER, () -> deadlines.explain(underV1.id()));
        assertEquals(2, moved.size());
        assertEquals(newReview.dueDay(), after.line().dueDay());
        assertEquals(v2, after.line().ruleVersion());
        assertEquals(1, after.recomputations().get(0).previousRuleVersion());
        assertTrue(after.recomputations().get(0).reason().contains("engine.manager"));
        assertTrue(as(partnership, MANAGER, () -> audit.historyOf("clock", underV1.id().toString())).stream()
                .anyMatch(e -> e.detail().contains("moved from rule version 1 to " + v2)));
    }

    @Test
    void pausesAndExtensionsAreStoredWithWhoAndWhy() {
        ActiveTenant partnership = tenants.provision("it-engine-log");
        ClockLine started = as(partnership, MANAGER, () -> clocks.start(subject("REF-LOG"), OWNER, "agency-responses",
                ZonedDateTime.now(CLOCK)));

        as(partnership, MANAGER, () -> deadlines.pause(started.id(), "Waiting for the police disclosure decision"));
        as(partnership, MANAGER, () -> deadlines.resume(started.id()));
        ClockLine extended = as(partnership, MANAGER, () -> deadlines.extend(started.id(), 3, "Agency asked; chair agreed"));

        ClockExplanation explained = as(partnership, MANAGER, () -> deadlines.explain(started.id()));
        assertEquals(8, explained.budget());
        assertEquals(extended.dueDay(), explained.line().dueDay());
        assertTrue(explained.line().dueDay().isAfter(started.dueDay()));
        assertEquals("engine.manager", explained.pauses().get(0).by());
        assertTrue(explained.pauses().get(0).resumedAt() != null);
        assertEquals("Agency asked; chair agreed", explained.extensions().get(0).why());

        // Read as a list (the inbox's and the work list's way), each clock keeps its own pauses and
        // extensions and one with none keeps none. Issue 20: reading the histories of a list at once
        // with EclipseLink's batch reading broke the commit of this very transaction; this guards any
        // other way of reading them together.
        ClockLine plain = as(partnership, MANAGER, () -> clocks.start(subject("REF-PLAIN"), OWNER, "agency-responses",
                ZonedDateTime.now(CLOCK)));
        java.util.Map<String, List<ClockLine>> listed = as(partnership, MANAGER,
                () -> clocks.ofSubjects("referral", List.of("REF-LOG", "REF-PLAIN")));
        assertEquals(explained.line().dueBy().toInstant(), listed.get("REF-LOG").get(0).dueBy().toInstant());
        assertEquals(plain.dueBy().toInstant(), listed.get("REF-PLAIN").get(0).dueBy().toInstant());
    }

    @Test
    void anotherPartnershipSeesNoneOfItAndTheAttemptIsAudited() {
        ActiveTenant owner = tenants.provision("it-engine-owner");
        ActiveTenant other = tenants.provision("it-engine-other");
        ClockLine theirs = as(owner, MANAGER, () -> clocks.start(subject("REF-PRIVATE"), OWNER, "rapid-review",
                ZonedDateTime.now(CLOCK)));
        Caller otherManager = new Caller("other.manager", "Other", Set.of(Role.BUSINESS_MANAGER));

        assertEquals(List.of(), as(other, otherManager, () -> deadlines.dashboard(null, null, 1).items()));
        assertThrows(RecordNotFoundException.class, () -> as(other, otherManager, () -> deadlines.explain(theirs.id())));
        assertThrows(RecordNotFoundException.class,
                () -> as(other, otherManager, () -> deadlines.extend(theirs.id(), 5, "trying")));
        assertThrows(RecordNotFoundException.class, () -> as(other, otherManager,
                () -> deadlines.moveToRulesInForce("referral", "REF-PRIVATE", "trying")));

        List<AuditEvent> denied = as(other, otherManager, () -> audit.historyOf("clock", theirs.id().toString()));
        assertEquals(2, denied.size());
        assertTrue(denied.stream().allMatch(e -> e.outcome() == AuditOutcome.DENIED && e.actor().equals("other.manager")));
        assertEquals(AuditOutcome.DENIED, as(other, otherManager, () -> audit.historyOf("clock", "REF-PRIVATE")).get(0)
                .outcome());
        ClockExplanation unchanged = as(owner, MANAGER, () -> deadlines.explain(theirs.id()));
        assertEquals(15, unchanged.budget());
        assertEquals(List.of(), unchanged.extensions());
    }

    private static ClockSubject subject(String reference) {
        return new ClockSubject("referral", reference, reference);
    }

    private static ClockRuleChangeForm change(String key, int amount) {
        ClockRuleChangeForm form = new ClockRuleChangeForm();
        form.setKey(key);
        form.setAmount(amount);
        form.setStartEvent(StartEvent.REFERRAL_RECEIVED);
        form.setEffectiveFrom(LocalDate.now(CLOCK));
        form.setReason("Agreed by the executive");
        return form;
    }
}
