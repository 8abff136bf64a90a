package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.reviews.web.it.TestTenants.as;
import static uk.safeguarding.reviews.web.it.TestTenants.referrer;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
import uk.safeguarding.reviews.referral.application.AttachmentLine;
import uk.safeguarding.reviews.referral.application.DraftReferralForm;
import uk.safeguarding.reviews.referral.application.ReferralAttachments;
import uk.safeguarding.reviews.referral.application.ReferralDecisions;
import uk.safeguarding.reviews.referral.application.ReferralDetail;
import uk.safeguarding.reviews.referral.application.ReferralService;
import uk.safeguarding.reviews.referral.domain.content.ExampleReferrals;
import uk.safeguarding.reviews.referral.domain.content.ReferralContent;
import uk.safeguarding.reviews.referral.domain.content.ReferralStep;
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

    @Resource(lookup = "jdbc/safeguarding")
    private DataSource database;

    @Test
    void anAcceptedHandoverMovesTheReferralItsFilesAndHistoryOnceAndLeavesAReadOnlyOriginal() throws Exception {
        ActiveTenant a = tenants.provision("it-ho-move-a");
        ActiveTenant b = tenants.provision("it-ho-move-b");
        String referralId = submittedWithAFile(a);

        HandoverView proposed = as(a, MANAGER_A, () -> handovers.propose(referralId, form(b.slug())));
        List<HandoverView> inbox = as(b, MANAGER_B, handovers::inbox);
        assertEquals(List.of(proposed.id()), inbox.stream().map(HandoverView::id).toList());
        assertTrue(inbox.get(0).answerBy() != null && inbox.get(0).sourceClocks().contains("forward-to-panel"),
                "B sees when to answer by and what the clocks were under A: " + inbox.get(0));

        HandoverView accepted = as(b, MANAGER_B, () -> handovers.accept(proposed.id()));

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
        assertEquals(List.of(), as(c, MANAGER_B, handovers::inbox));
        assertTrue(as(c, MANAGER_B, () -> audit.historyOf("handover", proposed.id())).stream()
                .anyMatch(e -> e.outcome() == AuditOutcome.DENIED), "and the attempt is audited there");
        assertThrows(uk.safeguarding.reviews.kernel.AccessDeniedException.class, () -> as(b, referrer("ho.someone"),
                () -> handovers.accept(proposed.id())), "only a business manager answers");
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
        draft.setIncidentDate(LocalDate.now().minusDays(3));
        draft.setSummary("Child admitted with injuries; the incident happened across the border");
        String id = as(partnership, referrer, () -> referrals.startDraft(draft));
        ReferralContent content = ExampleReferrals.complete(LocalDate.now(),
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

    private long count(ActiveTenant tenant, String sqlWithSchema) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(String.format(sqlWithSchema, tenant.schemaName()))) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
