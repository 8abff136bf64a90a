package uk.safeguarding.reviews.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.identity.UserIdentity;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.tenancy.api.TenantContext;
import uk.safeguarding.reviews.tenancy.domain.Tenant;
import uk.safeguarding.reviews.tenancy.domain.TenantRegistry;

/**
 * Audits the refusals the container makes by its role rules (web.xml) before any application code
 * runs (issue 18): a signed-in person asking for a page their roles do not open leaves a "denied" row
 * in the partnership they were working in, as a refusal by a service does. The forbidden page asks
 * for it as it renders, so it happens whatever path the container took to that page. Refusals made
 * after the tenant gate are the application's own and were audited where they were made.
 */
@Named
@RequestScoped
public class ContainerRefusals {

    private static final Logger LOG = Logger.getLogger(ContainerRefusals.class.getName());

    /** The kind of record a refused address is audited as. */
    static final String RECORD_TYPE = "page";

    @Inject
    private TenantRegistry registry;

    @Inject
    private AuditTrail audit;

    private boolean done;

    /** Records this request's refusal once, if the container made it; always true (the page renders on). */
    public boolean isRecorded() {
        if (!done) {
            done = true;
            try {
                recordIfTheContainerRefused((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                        .getRequest());
            } catch (RuntimeException e) {
                // The person still gets the refusal page; the operators get the reason the row is missing.
                LOG.log(Level.WARNING, "Could not audit a refused request", e);
            }
        }
        return true;
    }

    private void recordIfTheContainerRefused(HttpServletRequest request) {
        // The address refused: as the error dispatch names it, or, where the container shows its error
        // page without naming it, the request's own.
        Object named = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = named instanceof String given ? given : request.getRequestURI();
        // With or without the context path, as containers differ in what they name.
        String address = uri != null && uri.startsWith(request.getContextPath() + "/")
                ? uri.substring(request.getContextPath().length()) : uri;
        if (address == null || !address.startsWith("/app/") || TenantGateFilter.passedTheGate(request)
                || request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof AccessDeniedException) {
            // Not an application address, or refused after the gate: the service audited it there.
            LOG.fine(() -> "Forbidden page for " + uri + " (named " + named + "): not a container refusal to audit");
            return;
        }
        Optional<Served> served = whoAndWhere(request);
        if (served.isEmpty()) {
            LOG.info(() -> "A refusal of " + address + " was not audited: nobody known was signed in to a partnership");
            return;
        }
        TenantContext.run(served.get().tenant().asActive(), served.get().caller(), () -> audit.denied(AuditAction.VIEW,
                RECORD_TYPE, address.length() > 100 ? address.substring(0, 100) : address,
                "refused by the page's role rules"));
    }

    private record Served(Tenant tenant, Caller caller) {
    }

    /**
     * The person from their verified token and the partnership the gate would choose; failing that
     * (the container may not carry the token to its error page), the person and partnership this
     * session was last served as.
     */
    private Optional<Served> whoAndWhere(HttpServletRequest request) {
        Optional<UserIdentity> identity = TokenClaims.currentIdentity();
        if (identity.isPresent()) {
            Optional<Tenant> tenant = TenantGateFilter.resolve(request, identity.get(), registry).tenant();
            if (tenant.isPresent()) {
                return Optional.of(new Served(tenant.get(), identity.get().callerIn(tenant.get().slug())));
            }
        }
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(TenantGateFilter.BOUND_TO) instanceof String username)
                || !(session.getAttribute(TenantGateFilter.LAST_SERVED) instanceof String slug)) {
            return Optional.empty();
        }
        return registry.findBySlug(slug).filter(Tenant::isActive)
                .map(tenant -> new Served(tenant, new Caller(username, username, Set.of())));
    }
}
