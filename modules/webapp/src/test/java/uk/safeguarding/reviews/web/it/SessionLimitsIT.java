package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.reviews.web.it.TestTenants.as;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguarding.reviews.audit.AuditEvent;
import uk.safeguarding.reviews.audit.AuditOutcome;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.identity.sessions.PartnershipSessions;
import uk.safeguarding.reviews.identity.sessions.SessionLimits;
import uk.safeguarding.reviews.identity.sessions.SessionLimitsForm;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;

/** Issue 18: each partnership sets how long its people stay signed in; nobody else's limits move. */
@ExtendWith(ArquillianExtension.class)
class SessionLimitsIT {

    private static final Caller MANAGER = new Caller("sessions.manager", "Sam Okafor", Set.of(Role.BUSINESS_MANAGER));

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestHelpers();
    }

    @Inject
    private TestTenants tenants;

    @Inject
    private PartnershipSessions sessions;

    @Inject
    private AuditTrail audit;

    @Test
    void aPartnershipStartsOnTheDefaultsAndItsChangeIsItsOwnAndAudited() {
        ActiveTenant changed = tenants.provision("it-sessions-a");
        ActiveTenant untouched = tenants.provision("it-sessions-b");
        assertEquals(SessionLimits.DEFAULT, as(changed, MANAGER, sessions::limits), "read before the change, and remembered");
        assertTrue(as(changed, MANAGER, sessions::settings).changedBy().isEmpty());

        as(changed, MANAGER, () -> sessions.change(form(15, 8)));

        assertEquals(new SessionLimits(15, 8), as(changed, MANAGER, sessions::limits), "a change is read at once here");
        assertEquals(SessionLimits.DEFAULT, as(untouched, MANAGER, sessions::limits));
        PartnershipSessions.Settings settings = as(changed, MANAGER, sessions::settings);
        assertEquals("sessions.manager", settings.changedBy().orElseThrow());
        List<AuditEvent> trail = as(changed, MANAGER, () -> audit.historyOf("session-limits", "1"));
        assertTrue(trail.stream().anyMatch(e -> e.outcome() == AuditOutcome.ALLOWED && e.detail().equals(
                "Session limits 30 minutes idle, 10 hours at most -> 15 minutes idle, 8 hours at most")), trail.toString());
        assertTrue(as(untouched, MANAGER, () -> audit.historyOf("session-limits", "1")).stream()
                .noneMatch(e -> e.detail().contains("->")), "nothing of the change is in the other partnership's trail");
    }

    @Test
    void limitsOutsideTheirBoundsAreRefusedBesideTheirFieldAndNothingChanges() {
        ActiveTenant partnership = tenants.provision("it-sessions-bad");

        InvalidFieldException tooShort = assertThrows(InvalidFieldException.class,
                () -> as(partnership, MANAGER, () -> sessions.change(form(4, 10))));
        InvalidFieldException tooLong = assertThrows(InvalidFieldException.class,
                () -> as(partnership, MANAGER, () -> sessions.change(form(30, 13))));
        ConstraintViolationException missing = assertThrows(ConstraintViolationException.class,
                () -> as(partnership, MANAGER, () -> sessions.change(form(null, 10))));

        assertEquals("idleMinutes", tooShort.field());
        assertEquals("The time without activity must be between 5 and 60 minutes", tooShort.getMessage());
        assertEquals("absoluteHours", tooLong.field());
        assertEquals("Enter the minutes without activity after which people are signed out",
                missing.getConstraintViolations().iterator().next().getMessage());
        assertEquals(SessionLimits.DEFAULT, as(partnership, MANAGER, sessions::limits));
    }

    @Test
    void onlyTheBusinessManagerSetsThemAndARefusalIsAudited() {
        ActiveTenant partnership = tenants.provision("it-sessions-roles");
        Caller referrer = TestTenants.referrer("sessions.referrer");

        assertThrows(AccessDeniedException.class, () -> as(partnership, referrer, () -> sessions.change(form(5, 1))));
        assertThrows(AccessDeniedException.class, () -> as(partnership, referrer, sessions::settings));

        assertEquals(SessionLimits.DEFAULT, as(partnership, referrer, sessions::limits), "everyone's sessions read them");
        assertTrue(as(partnership, MANAGER, () -> audit.recent(10)).stream().anyMatch(e -> e.actor()
                .equals("sessions.referrer") && e.outcome() == AuditOutcome.DENIED
                && e.recordType().equals("session-limits")));
    }

    @Test
    void aSessionEndedByTheLimitsIsInThePartnershipsTrail() {
        ActiveTenant partnership = tenants.provision("it-sessions-ended");
        Caller referrer = TestTenants.referrer("sessions.idle");

        as(partnership, referrer, () -> {
            sessions.recordEnded(SessionLimits.Verdict.IDLE, SessionLimits.DEFAULT);
            return null;
        });

        assertTrue(as(partnership, MANAGER, () -> audit.historyOf("session", "sessions.idle")).stream()
                .anyMatch(e -> e.actor().equals("sessions.idle")
                        && e.detail().equals("Signed out after 30 minutes without activity")));
    }

    private static SessionLimitsForm form(Integer idleMinutes, Integer absoluteHours) {
        SessionLimitsForm form = new SessionLimitsForm();
        form.setIdleMinutes(idleMinutes);
        form.setAbsoluteHours(absoluteHours);
        return form;
    }
}
