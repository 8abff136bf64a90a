package uk.safeguarding.reviews.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import uk.safeguarding.reviews.identity.UserIdentity;
import uk.safeguarding.reviews.identity.sessions.PartnershipSessions;
import uk.safeguarding.reviews.identity.sessions.SessionLimits;
import uk.safeguarding.reviews.tenancy.api.TenantContext;
import uk.safeguarding.reviews.tenancy.application.PartnershipActivity;
import uk.safeguarding.reviews.tenancy.domain.Tenant;
import uk.safeguarding.reviews.tenancy.domain.TenantRegistry;
import uk.safeguarding.reviews.tenancy.domain.TenantResolution;
import uk.safeguarding.reviews.web.startup.PlatformStartup;

/**
 * The tenant gate: every application page runs inside exactly one tenant, chosen here and nowhere
 * else, from the memberships in the verified ID token. The session only remembers which of those
 * memberships the person picked; a pick that is no longer a membership is dropped, never trusted.
 */
@WebFilter(filterName = "TenantGate", urlPatterns = "/app/*")
public class TenantGateFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(TenantGateFilter.class.getName());

    /** The slug of the membership the person chose; validated against the token on every request. */
    public static final String CHOSEN_TENANT = "sg.chosenTenant";
    /** Set once the session id has been rotated for this sign-in: the person's user name. */
    static final String BOUND_TO = "sg.boundTo";
    /** The partnership the gate last served this session, for auditing a refusal made before the gate runs. */
    static final String LAST_SERVED = "sg.lastServed";
    /** The sign-in service's session this one belongs to: a new one there is a new sign-in here. */
    static final String SIGN_IN_SESSION = "sg.signInSession";
    /** When the person signed in, and when this session last served them (issue 18: the session limits). */
    static final String SIGNED_IN_AT = "sg.signedInAt";
    static final String LAST_USED = "sg.lastUsed";
    public static final String SHELL = "sgShell";
    /** The request attribute the page's countdown reads: when the session ends if nothing more is done, and why. */
    public static final String SESSION_END = "sgSessionEnd";
    /** Past its limit the container drops a session a little after the gate would have ended it, so the gate can say why. */
    private static final int CONTAINER_MARGIN_SECONDS = 120;

    @Inject
    private TenantRegistry registry;

    @Inject
    private PlatformStartup startup;

    @Inject
    private PartnershipSessions sessions;

    @Inject
    private SignOuts signOuts;

    @Inject
    private Clock clock;

    @Inject
    private PartnershipActivity activity;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!startup.isReady()) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        Optional<UserIdentity> identity = TokenClaims.currentIdentity();
        if (identity.isEmpty()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        UserIdentity user = identity.get();
        bindSessionToUser(request, user, TokenClaims.signInSessionId().orElse(""));

        TenantResolution.Outcome outcome = resolve(request, user, registry);
        if (outcome.refusal().filter(r -> r == TenantResolution.Refusal.NO_MEMBERSHIP).isPresent()
                && user.platformRoles().contains(uk.safeguarding.reviews.kernel.Role.PLATFORM_ADMIN)) {
            // The platform's administrators belong to no partnership: their pages are the platform's.
            response.sendRedirect(request.getContextPath() + "/platform/index.xhtml");
            return;
        }
        if (outcome.tenant().isEmpty()) {
            request.setAttribute("sgRefusal", outcome.refusal().orElseThrow().name());
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Tenant tenant = outcome.tenant().get();
        request.getSession().setAttribute(LAST_SERVED, tenant.slug());
        activity.used(tenant.slug());
        request.setAttribute(SHELL, new ShellState(user.displayName(), user.callerIn(tenant.slug()).roles(),
                tenant.slug(), tenant.displayName(), outcome.switchable()));
        try {
            TenantContext.call(tenant.asActive(), user.callerIn(tenant.slug()), () -> {
                if (withinLimits(request, response)) {
                    chain.doFilter(request, response);
                }
                return null;
            });
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }

    /**
     * Issue 18: ends the session when the partnership's limits say so (recorded in its trail, then
     * signed out at both ends with the reason), otherwise counts this request as activity and tells
     * the page when the session will end.
     */
    private boolean withinLimits(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        HttpSession session = request.getSession();
        SessionLimits limits = sessions.limits();
        Instant now = clock.instant();
        Instant signedInAt = (Instant) session.getAttribute(SIGNED_IN_AT);
        Instant lastUsed = (Instant) session.getAttribute(LAST_USED);
        SessionLimits.Verdict verdict = limits.verdict(signedInAt, lastUsed, now);
        if (verdict != SessionLimits.Verdict.GOES_ON) {
            sessions.recordEnded(verdict, limits);
            signOuts.signOut(request, response, verdict == SessionLimits.Verdict.IDLE ? SignOuts.Reason.IDLE
                    : SignOuts.Reason.TOO_LONG);
            return false;
        }
        session.setAttribute(LAST_USED, now);
        session.setMaxInactiveInterval((int) limits.idle().getSeconds() + CONTAINER_MARGIN_SECONDS);
        request.setAttribute(SESSION_END, new SessionCountdown(limits.end(signedInAt, now), now));
        return true;
    }

    /**
     * The partnership this request runs in: the one the person chose, if it is still one of their
     * memberships, or the one they have; a pick that is no longer a membership is forgotten.
     */
    static TenantResolution.Outcome resolve(HttpServletRequest request, UserIdentity user, TenantRegistry registry) {
        HttpSession session = request.getSession();
        String chosen = (String) session.getAttribute(CHOSEN_TENANT);
        TenantResolution.Outcome outcome = TenantResolution.resolve(user.memberSlugs(), chosen, registry);
        if (outcome.tenant().isEmpty() && chosen != null) {
            LOG.warning(() -> user.username() + " had chosen " + chosen + ", which is not a current membership");
            session.removeAttribute(CHOSEN_TENANT);
            outcome = TenantResolution.resolve(user.memberSlugs(), null, registry);
        }
        return outcome;
    }

    /** Whether this request went through the gate (so any refusal after it was the application's, and audited there). */
    static boolean passedTheGate(HttpServletRequest request) {
        return request.getAttribute(SHELL) != null || request.getAttribute("sgRefusal") != null;
    }

    /**
     * Rotates the session id the first time a signed-in person uses the session, so an id planted
     * before sign-in is worthless afterwards (session fixation), and a session never changes hands.
     * A new session at the sign-in service (the person signed out elsewhere and in again) is a new
     * sign-in here too: nothing of the earlier session is kept.
     */
    private void bindSessionToUser(HttpServletRequest request, UserIdentity user, String signInSession) {
        HttpSession session = request.getSession(false);
        if (session != null && user.username().equals(session.getAttribute(BOUND_TO))
                && signInSession.equals(session.getAttribute(SIGN_IN_SESSION))) {
            return;
        }
        if (session != null) {
            session.setAttribute(SignInSessionEnds.REPLACED, Boolean.TRUE);
            session.invalidate();
        }
        Instant now = clock.instant();
        HttpSession fresh = request.getSession(true);
        fresh.setAttribute(BOUND_TO, user.username());
        fresh.setAttribute(SIGN_IN_SESSION, signInSession);
        fresh.setAttribute(SIGNED_IN_AT, now);
        fresh.setAttribute(LAST_USED, now);
    }
}
