package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.reviews.web.it.TestTenants.as;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditChainService;
import uk.safeguarding.reviews.audit.AuditLine;
import uk.safeguarding.reviews.audit.AuditOutcome;
import uk.safeguarding.reviews.audit.AuditQuery;
import uk.safeguarding.reviews.audit.AuditSearch;
import uk.safeguarding.reviews.audit.ChainCheck;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.ExportedFile;
import uk.safeguarding.reviews.kernel.Page;
import uk.safeguarding.reviews.kernel.ProductClock;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;

/**
 * The audit trail as evidence (issue 18), in the running server against PostgreSQL: rows sealed by
 * the scheduled sweep, the chain verified on demand and kept, a row changed in the database named by
 * the next verification; the trail searched and exported by the business manager or an auditor, each
 * search and export itself audited; another partnership's people and anyone else get nothing of it.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    private static final Clock CLOCK = ProductClock.configured();
    private static final Caller MANAGER = new Caller("at.manager", "Mo Manager", Set.of(Role.BUSINESS_MANAGER));
    private static final Caller AUDITOR = new Caller("at.auditor", "Aisha Auditor", Set.of(Role.AUDITOR));
    private static final Caller PANEL = new Caller("at.panel", "Pam Panel", Set.of(Role.PANEL_MEMBER));
    /** Who submits CaseFixtures' referrals. */
    private static final String REFERRER = "fixture.referrer";

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestHelpers();
    }

    @Inject
    private TestTenants tenants;

    @Inject
    private CaseFixtures cases;

    @Inject
    private AuditChainService chains;

    @Inject
    private AuditSearch search;

    @Resource(lookup = "jdbc/safeguardingMigrations")
    private DataSource owner;

    @Test
    void theTrailIsSealedAndVerifiedAndARowChangedInTheDatabaseIsNamed() throws Exception {
        ActiveTenant here = tenants.provision("it-audit-seal");
        ActiveTenant other = tenants.provision("it-audit-seal-other");
        String referral = cases.submittedReferral(here, null, null);
        cases.submittedReferral(other, null, null);

        as(here, Caller.system(), () -> chains.sealPending());
        assertEquals(0, unsealedRowsOf(here, referral), "the sweep seals what was committed (whichever server sweeps)");
        ChainCheck intact = as(here, AUDITOR, () -> chains.verifyNow());
        assertTrue(intact.intact());
        assertTrue(intact.sealedRows() >= rowsOf(here, referral));
        assertTrue(as(here, MANAGER, () -> chains.latest()).orElseThrow().intact(), "the check is kept");
        assertTrue(as(here, MANAGER, () -> search.search(new AuditQuery("at.auditor", "audit-trail", null,
                AuditAction.VIEW, AuditOutcome.ALLOWED, null, null), 1)).items().stream()
                .anyMatch(l -> l.detail().startsWith("verified the seals: ")), "and audited");
        assertTrue(as(here, Caller.system(), () -> chains.verifyIfDue()).isEmpty(), "the daily check waits a day");

        AuditLine victim = as(here, MANAGER, () -> search.search(query(null, referral), 1)).items().get(0);
        tamper(here, "UPDATE " + here.schemaName() + ".audit_event SET detail = 'nothing happened' WHERE id = '"
                + victim.id() + "'");
        ChainCheck broken = as(here, MANAGER, () -> chains.verifyNow());

        assertFalse(broken.intact());
        assertEquals(victim.id(), broken.firstBreak().orElseThrow().eventId());
        assertEquals("the row has been changed since it was sealed", broken.firstBreak().orElseThrow().problem());
        assertEquals(victim.actor(), broken.firstBreak().orElseThrow().actor());
        assertFalse(as(here, AUDITOR, () -> chains.latest()).orElseThrow().intact(), "the broken check is kept too");
        assertTrue(as(other, MANAGER, () -> chains.verifyNow()).intact(), "another partnership's chain is its own");
    }

    @Test
    void theTrailIsSearchedAndExportedOnlyByItsOwnPartnershipsManagerOrAuditorAndEachLookIsAudited() {
        ActiveTenant here = tenants.provision("it-audit-search");
        ActiveTenant other = tenants.provision("it-audit-search-other");
        String referral = cases.submittedReferral(here, null, null);

        Page<AuditLine> byPerson = as(here, AUDITOR, () -> search.search(query("FIXTURE.REF", null), 1));
        assertTrue(byPerson.total() > 0);
        assertTrue(byPerson.items().stream().allMatch(l -> l.actor().equals(REFERRER) && l.tenantSlug().equals(here.slug())));
        Page<AuditLine> byRecord = as(here, MANAGER, () -> search.search(query(null, referral), 1));
        assertTrue(byRecord.total() > 0);
        assertTrue(byRecord.items().stream().allMatch(l -> referral.equals(l.recordId())));
        LocalDate today = LocalDate.now(CLOCK.withZone(ProductClock.UK));
        assertEquals(byRecord.total(), as(here, MANAGER, () -> search.search(new AuditQuery(null, null, referral, null,
                null, today, today), 1)).total(), "today's rows, in UK days");
        assertEquals(0, as(here, MANAGER, () -> search.search(new AuditQuery(null, null, referral, null, null,
                today.minusDays(3), today.minusDays(1)), 1)).total());
        assertEquals(0, as(here, MANAGER, () -> search.search(query("100%_", null), 1)).total(),
                "a typed % or _ is itself, not a wildcard");

        ExportedFile csv = as(here, AUDITOR, () -> search.export(query(null, referral)));
        String text = new String(csv.content(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFWhen (UK time),Partnership,Person,Action"), text);
        assertEquals(byRecord.total() + 1, text.lines().count(), "a header and every matching row");
        assertTrue(csv.fileName().startsWith("audit-trail-it-audit-search-"), csv.fileName());
        Page<AuditLine> exports = as(here, MANAGER, () -> search.search(new AuditQuery("at.auditor", "audit-trail",
                null, AuditAction.VIEW, AuditOutcome.ALLOWED, null, null), 1));
        assertTrue(exports.items().stream().anyMatch(l -> l.detail().equals("exported " + byRecord.total()
                + " rows: record " + referral)), "the export is audited with what it held");
        assertTrue(as(here, MANAGER, () -> search.search(query("at.auditor", null), 1)).items().stream()
                .anyMatch(l -> l.action() == AuditAction.LIST && l.detail().startsWith("searched person FIXTURE.REF")),
                "so is each search");

        // Another partnership's manager searches their own trail: nothing of this one is in it.
        assertEquals(0, as(other, MANAGER, () -> search.search(query(null, referral), 1)).total());
        assertEquals(0, as(other, MANAGER, () -> search.search(query(REFERRER, null), 1)).total());
        // Neither a panel member nor a referrer may read the trail; the refusal is itself a row.
        assertThrows(AccessDeniedException.class, () -> as(here, PANEL, () -> search.search(AuditQuery.everything(), 1)));
        assertThrows(AccessDeniedException.class, () -> as(here, PANEL, () -> search.export(AuditQuery.everything())));
        assertThrows(AccessDeniedException.class, () -> as(here, PANEL, () -> chains.verifyNow()));
        assertThrows(AccessDeniedException.class, () -> as(here, TestTenants.referrer(REFERRER),
                () -> chains.latest()));
        assertEquals(4, as(here, MANAGER, () -> search.search(new AuditQuery(null, "audit-trail", null, null,
                AuditOutcome.DENIED, null, null), 1)).total(), "each refusal is audited");
    }

    /** The search's list of kinds of record: each kind this trail names, once, in order; none of another's. */
    @Test
    void theKindsOfRecordListedAreThisTrailsOwnEachOnceInOrder() throws Exception {
        ActiveTenant here = tenants.provision("it-audit-kinds");
        ActiveTenant other = tenants.provision("it-audit-kinds-other");
        cases.submittedReferral(here, null, null);
        tamper(other, "INSERT INTO " + other.schemaName() + ".audit_event (id, occurred_at, tenant_slug, actor, action,"
                + " record_type, record_id, outcome, detail) VALUES ('" + java.util.UUID.randomUUID() + "', now(), '"
                + other.slug() + "', 'someone', 'VIEW', 'only-elsewhere', NULL, 'ALLOWED', NULL)");

        // The product's own sweeps may add a row (and a kind) at any moment: the list lies between
        // the kinds found just before and just after, in the database's order.
        java.util.List<String> before = kindsIn(here);
        java.util.List<String> kinds = as(here, AUDITOR, () -> search.recordTypes());
        java.util.List<String> after = kindsIn(here);

        assertTrue(kinds.containsAll(before), "every kind there before: " + before + " in " + kinds);
        assertEquals(after.stream().filter(kinds::contains).toList(), kinds, "each once, in order, none made up");
        assertTrue(kinds.contains("referral"), kinds.toString());
        assertFalse(kinds.contains("only-elsewhere"), "another partnership's kinds are its own");
        assertTrue(as(other, MANAGER, () -> search.recordTypes()).contains("only-elsewhere"));
        assertThrows(AccessDeniedException.class, () -> as(here, PANEL, () -> search.recordTypes()));
    }

    /** Every kind of record in the partnership's trail, as the database orders them. */
    private java.util.List<String> kindsIn(ActiveTenant tenant) throws Exception {
        java.util.List<String> kinds = new java.util.ArrayList<>();
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement();
                java.sql.ResultSet rows = statement.executeQuery("SELECT DISTINCT record_type FROM "
                        + tenant.schemaName() + ".audit_event ORDER BY record_type")) {
            while (rows.next()) {
                kinds.add(rows.getString(1));
            }
        }
        return kinds;
    }

    private int unsealedRowsOf(ActiveTenant tenant, String recordId) throws Exception {
        return count("SELECT count(*) FROM " + tenant.schemaName() + ".audit_event e WHERE e.record_id = '" + recordId
                + "' AND NOT EXISTS (SELECT 1 FROM " + tenant.schemaName() + ".audit_seal s WHERE s.event_id = e.id)");
    }

    private int rowsOf(ActiveTenant tenant, String recordId) throws Exception {
        return count("SELECT count(*) FROM " + tenant.schemaName() + ".audit_event WHERE record_id = '" + recordId + "'");
    }

    private int count(String sql) throws Exception {
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement();
                java.sql.ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static AuditQuery query(String person, String recordId) {
        return new AuditQuery(person, null, recordId, null, null, null, null);
    }

    /** What someone with the database owner's rights could do: switch the guard off, change a row, switch it on. */
    private void tamper(ActiveTenant tenant, String change) throws Exception {
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE " + tenant.schemaName() + ".audit_event DISABLE TRIGGER audit_event_append_only");
            statement.execute(change);
            statement.execute("ALTER TABLE " + tenant.schemaName() + ".audit_event ENABLE TRIGGER audit_event_append_only");
        }
    }
}
