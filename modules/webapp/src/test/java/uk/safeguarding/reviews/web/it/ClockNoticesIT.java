package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.reviews.web.it.TestTenants.as;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguarding.reviews.kernel.ProductClock;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.application.ClockLine;
import uk.safeguarding.reviews.clocks.application.ClockNotices;
import uk.safeguarding.reviews.clocks.application.ClockRulesService;
import uk.safeguarding.reviews.clocks.application.ClockService;
import uk.safeguarding.reviews.clocks.domain.ClockOwner;
import uk.safeguarding.reviews.clocks.domain.ClockSubject;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;

/**
 * Reminders and escalations through real SMTP (GreenMail in the server's JVM), each sent once. The
 * server's own scheduler sweeps every few seconds in these tests, so it is a second sender racing the
 * test's sweeps throughout; "restarted" senders are new sender names with nothing in memory.
 */
@ExtendWith(ArquillianExtension.class)
class ClockNoticesIT {

    /** The product's clock: bin/test --date moves it for this JVM and the test server alike. */
    private static final Clock CLOCK = ProductClock.configured();

    private static final Caller MANAGER = new Caller("notice.manager", "Manager", Set.of(Role.BUSINESS_MANAGER));

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithMailCatcher();
    }

    @Inject
    private TestTenants tenants;

    @Inject
    private ClockService clocks;

    @Inject
    private ClockRulesService settings;

    @Inject
    private ClockNotices notices;

    @Inject
    private AuditTrail audit;

    @BeforeEach
    void smtpServer() {
        MailCatcher.running();
    }

    @Test
    void theOwnerGetsExactlyOneReminderWhenInstancesRaceAndAfterARestart() throws Exception {
        ActiveTenant partnership = tenants.provision("it-notice-remind");
        String owner = "panel-chair@it-notice-remind.example";
        // 48 hours from 40 hours ago: due in 8 hours, past the 12-hour reminder, not yet overdue.
        ClockLine clock = as(partnership, MANAGER, () -> clocks.start(subject("REF-REMIND"),
                new ClockOwner("Panel chair", owner), "panel-decision", hoursAgo(40)));

        List<Integer> sentByEach = raceTwoInstances(partnership);
        int sentAfterRestart = as(partnership, Caller.system(), () -> notices.sendDue("restarted-instance", "http://x"));

        List<MimeMessage> received = MailCatcher.to(owner);
        assertEquals(1, received.size(), "exactly one reminder; senders sent " + sentByEach);
        assertEquals(0, sentAfterRestart);
        assertEquals("Due soon: panel-decision for REF-REMIND", received.get(0).getSubject());
        assertTrue(received.get(0).getContent().toString().contains("§7.5"));
        assertTrue(as(partnership, MANAGER, () -> audit.historyOf("clock", clock.id().toString())).stream()
                .anyMatch(e -> e.detail().startsWith("REMINDER for panel-decision") && e.detail().endsWith(owner)));
    }

    @Test
    void anOverdueClockEscalatesOnceToTheBusinessUnitAndChasesItsOwnerOnceWithoutAReminder() throws Exception {
        ActiveTenant partnership = tenants.provision("it-notice-escalate");
        String businessUnit = "business-unit@it-notice-escalate.example";
        String owner = "referral-officer@it-notice-escalate.example";
        as(partnership, MANAGER, () -> {
            settings.changeBusinessUnitEmail(businessUnit);
            return null;
        });
        // 24 hours from 25 hours ago: an hour overdue.
        as(partnership, MANAGER, () -> clocks.start(subject("REF-LATE"), new ClockOwner("Referral officer", owner),
                "forward-to-panel", hoursAgo(25)));

        raceTwoInstances(partnership);
        as(partnership, Caller.system(), () -> notices.sendDue("restarted-instance", "http://x"));

        List<MimeMessage> escalations = MailCatcher.to(businessUnit);
        assertEquals(1, escalations.size());
        assertEquals("Overdue: forward-to-panel for REF-LATE", escalations.get(0).getSubject());
        assertTrue(escalations.get(0).getContent().toString().contains("owned by Referral officer"));
        // Issue 5: "chasers go automatically as the return date nears and passes": once, never a reminder.
        List<MimeMessage> toOwner = MailCatcher.to(owner);
        assertEquals(1, toOwner.size(), "one chaser to the owner, no reminder once overdue");
        assertEquals("Please complete now: forward-to-panel for REF-LATE", toOwner.get(0).getSubject());
        // Issue 15: letters come from the partnership, replies go to its business unit.
        jakarta.mail.internet.InternetAddress from = (jakarta.mail.internet.InternetAddress) toOwner.get(0).getFrom()[0];
        assertEquals(businessUnit, from.getAddress());
        assertEquals(partnership.displayName(), from.getPersonal());
        assertEquals(businessUnit, ((jakarta.mail.internet.InternetAddress) toOwner.get(0).getReplyTo()[0]).getAddress());
    }

    @Test
    void aMetClockSendsNothing() throws Exception {
        ActiveTenant partnership = tenants.provision("it-notice-met");
        String owner = "panel-chair@it-notice-met.example";
        ClockSubject referral = subject("REF-MET");
        as(partnership, MANAGER, () -> clocks.start(referral, new ClockOwner("Panel chair", owner), "panel-decision",
                hoursAgo(40)));
        as(partnership, MANAGER, () -> clocks.meet(referral, "panel-decision", hoursAgo(1)));

        raceTwoInstances(partnership);

        assertEquals(List.of(), MailCatcher.to(owner));
    }

    /** Two senders sweep the partnership at the same moment, as two servers would. */
    private static List<Integer> raceTwoInstances(ActiveTenant partnership) throws Exception {
        ManagedExecutorService pool = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        List<Callable<Integer>> sweeps = List.of(sweep(partnership, "instance-a"), sweep(partnership, "instance-b"));
        List<Integer> sent = new java.util.ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(sweeps)) {
            sent.add(f.get());
        }
        return sent;
    }

    private static Callable<Integer> sweep(ActiveTenant partnership, String instance) {
        ClockNotices bean = jakarta.enterprise.inject.spi.CDI.current().select(ClockNotices.class).get();
        return () -> as(partnership, Caller.system(), () -> bean.sendDue(instance, "http://localhost/dashboard"));
    }

    private static ZonedDateTime hoursAgo(int hours) {
        return ZonedDateTime.now(CLOCK).minusHours(hours);
    }

    private static ClockSubject subject(String reference) {
        return new ClockSubject("referral", reference, reference);
    }
}
