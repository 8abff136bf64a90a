package uk.safeguarding.reviews.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.safeguarding.reviews.web.it.TestTenants.as;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditEvent;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.tenancy.api.ActiveTenant;
import uk.safeguarding.reviews.tenancy.api.InterBoardProtocols;

/** §4.3, issue 18: inter-board protocols are agreed and ended by the platform's administrators, as data. */
@ExtendWith(ArquillianExtension.class)
class InterBoardProtocolsIT {

    private static final Caller ADMIN = new Caller("protocols.admin", "Pat Platform", Set.of(Role.PLATFORM_ADMIN));
    private static final Caller MANAGER = new Caller("protocols.manager", "Manager", Set.of(Role.BUSINESS_MANAGER));

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestHelpers();
    }

    @Inject
    private TestTenants tenants;

    @Inject
    private InterBoardProtocols protocols;

    @Inject
    private AuditTrail audit;

    @Test
    void twoBoardsAgreeAProtocolAndEndItEachActInBothTrails() {
        ActiveTenant children = tenants.provision("it-protocol-a-children");
        ActiveTenant adults = tenants.provision("it-protocol-b-adults");
        ActiveTenant other = tenants.provision("it-protocol-c-other");

        assertTrue(protocols.agree(children.slug(), adults.slug(), ADMIN));
        assertFalse(protocols.agree(adults.slug(), children.slug(), ADMIN), "one protocol, whichever board comes first");

        assertTrue(protocols.agreed().stream().anyMatch(p -> p.firstSlug().equals(children.slug())
                && p.secondSlug().equals(adults.slug())));
        String pair = children.slug() + "+" + adults.slug();
        // The other board's row names the administrator and the board the act was done from.
        for (ActiveTenant board : List.of(children, adults)) {
            assertTrue(as(board, MANAGER, () -> audit.historyOf("board-protocol", pair)).stream().anyMatch(e -> e.actor()
                    .startsWith("protocols.admin") && e.action() == AuditAction.CREATE), "agreed, in " + board.slug());
        }
        assertTrue(as(other, MANAGER, () -> audit.historyOf("board-protocol", pair)).isEmpty(),
                "a board not in the protocol has nothing of it");

        InvalidFieldException noReason = assertThrows(InvalidFieldException.class,
                () -> protocols.end(children.slug(), adults.slug(), " ", ADMIN));
        assertEquals("reason", noReason.field());
        assertTrue(protocols.end(adults.slug(), children.slug(), "The boards merged their panels", ADMIN));

        assertTrue(protocols.agreed().stream().noneMatch(p -> p.firstSlug().equals(children.slug())
                && p.secondSlug().equals(adults.slug())));
        for (ActiveTenant board : List.of(children, adults)) {
            List<AuditEvent> trail = as(board, MANAGER, () -> audit.historyOf("board-protocol", pair));
            assertTrue(trail.stream().anyMatch(e -> e.action() == AuditAction.DELETE
                    && e.detail().endsWith("ended: The boards merged their panels")), "ended, in " + board.slug());
        }
        assertFalse(protocols.end(children.slug(), adults.slug(), "again", ADMIN), "nothing left to end");
    }

    @Test
    void aBoardWithItselfOrNotOnTheServiceIsRefusedBesideItsField() {
        ActiveTenant board = tenants.provision("it-protocol-alone");

        InvalidFieldException itself = assertThrows(InvalidFieldException.class,
                () -> protocols.agree(board.slug(), board.slug(), ADMIN));
        InvalidFieldException unknown = assertThrows(InvalidFieldException.class,
                () -> protocols.agree("it-protocol-nowhere", board.slug(), ADMIN));
        InvalidFieldException missing = assertThrows(InvalidFieldException.class,
                () -> protocols.agree(board.slug(), null, ADMIN));

        assertEquals("second", itself.field());
        assertEquals("Choose two different boards: a board needs no protocol with itself", itself.getMessage());
        assertEquals("first", unknown.field());
        assertEquals("second", missing.field());
        assertTrue(protocols.agreed().stream().noneMatch(p -> p.firstSlug().equals(board.slug())
                || p.secondSlug().equals(board.slug())));
    }
}
