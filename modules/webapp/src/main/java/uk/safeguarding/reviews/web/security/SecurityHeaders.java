package uk.safeguarding.reviews.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every response carries (issue 18), whatever produced it: a page, a download, an error.
 * No site may frame the product (clickjacking), no browser may guess a file's type, and addresses,
 * which may hold a record's id, are not sent to other sites. Faces pages also carry PrimeFaces' full
 * policy with the response's script nonce (web.xml, primefaces.CSP_POLICY); this one, enforced beside
 * it, covers the responses that are not Faces pages.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*",
        dispatcherTypes = {jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {
    private static final long serialVersionUID = 1L;

    static final String BASELINE_POLICY = "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", BASELINE_POLICY);
        chain.doFilter(request, response);
    }
}
