package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.reviews.web.it.CaseFixtures.clockRuleChange;
import static uk.safeguarding.reviews.web.it.TestTenants.as;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguarding.reviews.kernel.ProductClock;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditEvent;
import uk.safeguarding.reviews.audit.AuditOutcome;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.application.ClockRuleChangeForm;
import uk.safeguarding.reviews.clocks.application.ClockRulesService;
import uk.safeguarding.reviews.clocks.application.ClockRulesView;
import uk.safeguarding.reviews.clocks.application.ClosureDayForm;
import uk.safeguarding.reviews.clocks.domain.ClockUnit;
import uk.safeguarding.reviews.clocks.domain.Deadline;
import uk.safeguarding.reviews.clocks.domain.Region;
import uk.safeguarding.reviews.clocks.domain.StartEvent;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;

/** Each partnership's clock rules: versioned, audited, and nobody else's business. */
@ExtendWith(ArquillianExtension.class)
class ClockRulesIT {

    /** The product's clock: bin/test --date moves it for this JVM and the test server alike. */
    private static final Clock CLOCK = ProductClock.configured();

    private static final Caller MANAGER = new Caller("clock.manager", "Manager", Set.of(Role.BUSINESS_MANAGER));

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestHelpers();
    }

    @Inject
    private TestTenants tenants;

    @Inject
    private ClockRulesService clocks;

    @Inject
    private AuditTrail audit;

    @Resource(lookup = "jdbc/safeguardingMigrations")
    private DataSource database;

    private ActiveTenant changed;
    private ActiveTenant untouched;

    @BeforeEach
    void partnerships() {
        changed = tenants.provision("it-clocks-a");
        untouched = tenants.provision("it-clocks-b");
    }

    @Test
    void aChangeIsANewVersionInThatPartnershipOnlyAndIsAudited() throws SQLException {
        ClockRulesView before = as(changed, MANAGER, clocks::current);
        assertEquals(15, rapidReviewAmount(before));

        int version = as(changed, MANAGER, () -> clocks.publishChange(
                clockRuleChange("rapid-review", 20, StartEvent.NATIONAL_PANEL_NOTIFIED, "Counting from notification, as agreed")));

        ClockRulesView after = as(changed, MANAGER, clocks::current);
        ClockRulesView elsewhere = as(untouched, MANAGER, clocks::current);
        assertEquals(before.version() + 1, version);
        assertEquals(version, after.version());
        assertEquals(20, rapidReviewAmount(after));
        assertEquals(1, elsewhere.version());
        assertEquals(15, rapidReviewAmount(elsewhere));
        assertEquals(List.of("1:15", version + ":20"), storedRapidReview(changed.schemaName()),
                "the earlier version is kept as it was");

        List<AuditEvent> trail = as(changed, MANAGER, () -> audit.historyOf("clock-rules", "v" + version));
        assertEquals(1, trail.size());
        assertEquals(AuditAction.UPDATE, trail.get(0).action());
        assertTrue(trail.get(0).detail().contains("rapid-review: 15 WORKING_DAYS from REFERRAL_RECEIVED (reminder 3, escalation 0) -> 20"),
                trail.get(0).detail());
    }

    /**
     * Issue 15, §7.11: the papers are due 24 working hours before the meeting (never on a weekend or a
     * bank holiday); a partnership may count calendar hours instead, as a new version, audited, its own.
     */
    @Test
    void theMeetingsPapersCountWorkingHoursUnlessThePartnershipChoosesCalendarHours() {
        ActiveTenant papers = tenants.provision("it-clocks-papers");
        Deadline byDefault = as(papers, MANAGER, () -> clocks.preview("meeting-papers", 24, StartEvent.RAPID_REVIEW_MEETING));
        assertEquals(ClockUnit.WORKING_HOURS, byDefault.rule().unit());
        assertTrue(byDefault.dueDay().getDayOfWeek().getValue() <= 5, "due on a weekday: " + byDefault.dueDay());
        assertTrue(java.time.Duration.between(byDefault.dueBy(), byDefault.startedAt()).toHours() >= 24,
                "never less than the policy's 24 hours");
        Deadline calendarHours = as(papers, MANAGER, () -> clocks.preview("meeting-papers", 24,
                StartEvent.RAPID_REVIEW_MEETING, ClockUnit.HOURS));
        assertEquals(ClockUnit.HOURS, calendarHours.rule().unit());
        assertEquals(calendarHours.startedAt().minusHours(24), calendarHours.dueBy(), "calendar hours: a day before, whatever day");

        ClockRuleChangeForm change = clockRuleChange("meeting-papers", 24, StartEvent.RAPID_REVIEW_MEETING,
                "The panel reads its papers at weekends");
        change.setUnit(ClockUnit.HOURS);
        int version = as(papers, MANAGER, () -> clocks.publishChange(change));

        assertEquals(ClockUnit.HOURS, unitOf(as(papers, MANAGER, clocks::current), "meeting-papers"));
        assertEquals(ClockUnit.WORKING_HOURS, unitOf(as(untouched, MANAGER, clocks::current), "meeting-papers"),
                "another partnership keeps its own");
        assertTrue(as(papers, MANAGER, () -> audit.historyOf("clock-rules", "v" + version)).get(0).detail()
                .contains("meeting-papers: 24 WORKING_HOURS from RAPID_REVIEW_MEETING (reminder 6, escalation 0) -> 24 HOURS"));

        ClockRuleChangeForm daysInHours = clockRuleChange("rapid-review", 15, StartEvent.REFERRAL_RECEIVED, "Try hours");
        daysInHours.setUnit(ClockUnit.HOURS);
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> as(papers, MANAGER,
                () -> clocks.publishChange(daysInHours)));
        assertEquals("unit", refused.field());
        assertTrue(refused.getMessage().startsWith("The rapid-review clock counts working days"), refused.getMessage());
        assertEquals(version, as(papers, MANAGER, clocks::current).version(), "nothing saved");
    }

    private static ClockUnit unitOf(ClockRulesView view, String key) {
        return view.newestRules().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow().unit();
    }

    @Test
    void thePreviewCountsTheProposedRuleWithoutSavingIt() {
        Deadline preview = as(changed, MANAGER, () -> clocks.preview("rapid-review", 30, StartEvent.REFERRAL_RECEIVED));

        assertEquals(30, preview.rule().amount());
        assertEquals(ClockUnit.WORKING_DAYS, preview.rule().unit());
        assertTrue(preview.dueDay().isAfter(LocalDate.now(CLOCK).plusDays(30)), "30 working days are more than 30 days");
        assertEquals(1, as(untouched, MANAGER, clocks::current).version());
    }

    @Test
    void badChangesAreRefusedWithTheirReasonAndNothingIsSaved() {
        int version = as(changed, MANAGER, clocks::current).version();

        ConstraintViolationException negative = assertThrows(ConstraintViolationException.class, () -> as(changed,
                MANAGER, () -> clocks.publishChange(clockRuleChange("rapid-review", -3, StartEvent.REFERRAL_RECEIVED, "typo"))));
        assertEquals("Enter a whole number of 1 or more",
                negative.getConstraintViolations().iterator().next().getMessage());
        IllegalArgumentException wrongStart = assertThrows(IllegalArgumentException.class, () -> as(changed, MANAGER,
                () -> clocks.publishChange(clockRuleChange("factual-accuracy", 10, StartEvent.REFERRAL_RECEIVED, "why not"))));
        assertEquals("The factual-accuracy clock cannot start from REFERRAL_RECEIVED", wrongStart.getMessage());

        assertEquals(version, as(changed, MANAGER, clocks::current).version());
    }

    @Test
    void bothMailboxesAreOneChangeSoARefusedPanelAddressSavesNeither() {
        ActiveTenant partnership = tenants.provision("it-clocks-mailboxes");
        as(partnership, MANAGER, () -> run(() -> clocks.changeMailboxes("bu@mailboxes.example", "panel@mailboxes.example")));

        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> as(partnership, MANAGER,
                () -> run(() -> clocks.changeMailboxes("new-bu@mailboxes.example", "not an address"))));

        assertEquals("panelEmail", refused.field());
        assertEquals(java.util.Optional.of("bu@mailboxes.example"), as(partnership, MANAGER, clocks::businessUnitEmail),
                "the business unit's mailbox was not changed on its own");
        assertEquals(java.util.Optional.of("panel@mailboxes.example"), as(partnership, MANAGER, clocks::panelEmail));
        InvalidFieldException noUnit = assertThrows(InvalidFieldException.class, () -> as(partnership, MANAGER,
                () -> run(() -> clocks.changeMailboxes(" ", "panel@mailboxes.example"))));
        assertEquals("businessUnitEmail", noUnit.field());
    }

    private static Object run(Runnable action) {
        action.run();
        return null;
    }

    @Test
    void onlyBusinessManagersManageClocksAndRefusalsAreAudited() {
        Caller referrer = TestTenants.referrer("clock.referrer");

        assertThrows(AccessDeniedException.class, () -> as(changed, referrer, clocks::current));

        List<AuditEvent> recent = as(changed, MANAGER, () -> audit.recent(20));
        assertTrue(recent.stream().anyMatch(e -> e.actor().equals("clock.referrer")
                && e.outcome() == AuditOutcome.DENIED && e.recordType().equals("clock-rules")));
    }

    @Test
    void aChangeTakesEffectOnItsDateNotBefore() {
        ActiveTenant scheduling = tenants.provision("it-clocks-c");
        ClockRuleChangeForm later = clockRuleChange("local-case-review", 50, StartEvent.LOCAL_CASE_REVIEW_DECIDED,
                "From the new financial year");
        later.setEffectiveFrom(LocalDate.now(CLOCK).plusMonths(2));

        int version = as(scheduling, MANAGER, () -> clocks.publishChange(later));
        ClockRulesView view = as(scheduling, MANAGER, clocks::current);

        assertEquals(1, view.version(), "today the first version is still in force");
        assertEquals(45, view.rules().stream().filter(r -> r.key().equals("local-case-review")).findFirst()
                .orElseThrow().amount());
        assertEquals(version, view.scheduledVersion());
        assertEquals(later.getEffectiveFrom(), view.scheduledFrom());
    }

    @Test
    void aClosureDayMovesThatPartnershipsDueDatesOnly() {
        // The next working day, which a two-working-day clock started now always counts.
        LocalDate nextWorkingDay = as(changed, MANAGER, () -> clocks.preview("information-requests", 1,
                StartEvent.REFERRAL_RECEIVED)).dueDay();
        LocalDate before = as(changed, MANAGER, () -> clocks.preview("information-requests", 2,
                StartEvent.REFERRAL_RECEIVED)).dueDay();
        ClosureDayForm closure = new ClosureDayForm();
        closure.setDay(nextWorkingDay);
        closure.setReason("Staff training day");

        int version = as(changed, MANAGER, () -> clocks.addClosureDay(closure));

        Deadline here = as(changed, MANAGER, () -> clocks.preview("information-requests", 2, StartEvent.REFERRAL_RECEIVED));
        Deadline elsewhere = as(untouched, MANAGER, () -> clocks.preview("information-requests", 2,
                StartEvent.REFERRAL_RECEIVED));
        assertTrue(here.dueDay().isAfter(before), here.summary());
        assertEquals(before, elsewhere.dueDay());
        assertEquals(version, here.calendarVersion());
        assertTrue(here.skipped().stream().anyMatch(d -> d.reason().equals("Closure: Staff training day")));
        assertEquals(1, as(changed, MANAGER, () -> audit.historyOf("calendar", "v" + version)).size());
        assertEquals(List.of(), as(untouched, MANAGER, clocks::currentCalendar).closures());
    }

    @Test
    void calendarChangesThatMeanNothingAreRefusedBesideTheirFieldAndChangeNothing() {
        ActiveTenant partnership = tenants.provision("it-clocks-calendar-refusals");
        int before = as(partnership, MANAGER, clocks::currentCalendar).version();
        ClosureDayForm saturday = new ClosureDayForm();
        saturday.setDay(LocalDate.of(2027, 1, 2));
        saturday.setReason("Stocktake");

        InvalidFieldException weekend = assertThrows(InvalidFieldException.class,
                () -> as(partnership, MANAGER, () -> clocks.addClosureDay(saturday)));
        InvalidFieldException sameRegion = assertThrows(InvalidFieldException.class, () -> as(partnership, MANAGER,
                () -> clocks.changeRegion(Region.ENGLAND_AND_WALES, "typo")));
        InvalidFieldException noReason = assertThrows(InvalidFieldException.class, () -> as(partnership, MANAGER,
                () -> clocks.changeRegion(Region.SCOTLAND, " ")));
        InvalidFieldException notAFile = assertThrows(InvalidFieldException.class, () -> as(partnership, MANAGER,
                () -> clocks.importBankHolidays(new java.io.ByteArrayInputStream("{\"wales\": {}}".getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)), "New year's file")));

        assertEquals("day", weekend.field());
        assertEquals("2 January 2027 is a Saturday: it is never counted", weekend.getMessage());
        assertEquals("region", sameRegion.field());
        assertEquals("The calendar already keeps the bank holidays of England and Wales", sameRegion.getMessage());
        assertEquals("regionReason", noReason.field());
        assertEquals("holidayFile", notAFile.field());
        assertTrue(notAFile.getMessage().startsWith("Unknown division \"wales\""), notAFile.getMessage());
        assertEquals(before, as(partnership, MANAGER, clocks::currentCalendar).version(), "no version was published");
    }

    private static int rapidReviewAmount(ClockRulesView view) {
        return view.rules().stream().filter(r -> r.key().equals("rapid-review")).findFirst().orElseThrow().amount();
    }

    private List<String> storedRapidReview(String schema) throws SQLException {
        try (Connection c = database.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT rule_set_version || ':' || amount FROM " + schema
                        + ".clock_rule WHERE rule_key = 'rapid-review' ORDER BY rule_set_version")) {
            List<String> rows = new java.util.ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }

}
