package uk.safeguarding.reviews.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.identity.UserIdentity;
import uk.safeguarding.reviews.tenancy.api.TenantContext;
import uk.safeguarding.reviews.tenancy.domain.Tenant;
import uk.safeguarding.reviews.tenancy.domain.TenantRegistry;

/**
 * Audits the refusals the container makes by its role rules (web.xml), before the application runs
 * (issue 18): a signed-in person asking for a page their roles do not open leaves a "denied" row in
 * the partnership they were working in, as a refusal by a service does. Refusals after the tenant
 * gate are the application's own and were audited where they were made.
 */
@WebFilter(filterName = "ContainerRefusalAudit", urlPatterns = "/error/forbidden.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class ContainerRefusalAudit extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ContainerRefusalAudit.class.getName());

    /** The kind of record a refused address is audited as. */
    static final String RECORD_TYPE = "page";

    @Inject
    private TenantRegistry registry;

    @Inject
    private AuditTrail audit;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            auditIfTheContainerRefused(request);
        } catch (RuntimeException e) {
            // The person still gets the refusal page; the operators get the reason the row is missing.
            LOG.log(Level.WARNING, "Could not audit a refused request to " + request.getAttribute(
                    RequestDispatcher.ERROR_REQUEST_URI), e);
        }
        chain.doFilter(request, response);
    }

    private void auditIfTheContainerRefused(HttpServletRequest request) {
        String refused = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String application = request.getContextPath() + "/app/";
        if (refused == null || !refused.startsWith(application) || TenantGateFilter.passedTheGate(request)
                || request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) != null) {
            return;
        }
        Optional<UserIdentity> identity = TokenClaims.currentIdentity();
        if (identity.isEmpty()) {
            return;
        }
        Optional<Tenant> tenant = TenantGateFilter.resolve(request, identity.get(), registry).tenant();
        if (tenant.isEmpty()) {
            return;
        }
        String address = refused.substring(request.getContextPath().length());
        String query = request.getQueryString();
        TenantContext.run(tenant.get().asActive(), identity.get().callerIn(tenant.get().slug()),
                () -> audit.denied(AuditAction.VIEW, RECORD_TYPE, address.length() > 100 ? address.substring(0, 100) : address,
                        "refused by the page's role rules" + (query == null ? "" : ": ?" + query)));
    }
}
