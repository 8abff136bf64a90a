package uk.safeguarding.reviews.web.security;

import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import uk.safeguarding.reviews.kernel.Causes;

/**
 * A form sent with a token that is not its page's (forged, from another session, expired, or without
 * the page's script nonce) is answered 400 with a page that says what to do, not as a fault, and
 * the attempt is logged with who and where (issue 18). Nothing of the form is acted on: Faces refused
 * it before any of it was read into the page.
 */
@WebFilter(filterName = "FormTokenRefusals", urlPatterns = {"/app/*", "/platform/*"})
public class FormTokenRefusals extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(FormTokenRefusals.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException e) {
            if (!isRefusedFormToken(e) || response.isCommitted()) {
                throw e;
            }
            LOG.warning(() -> "A form without its page's token was refused: " + request.getMethod() + " "
                    + request.getRequestURI() + " by " + (request.getRemoteUser() == null ? "nobody signed in"
                            : request.getRemoteUser()) + " (" + rootOf(e) + ")");
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    /** Faces' and PrimeFaces' refusals of a form's view state or nonce, wherever in the causes they are. */
    static boolean isRefusedFormToken(Throwable failure) {
        return Causes.anyMatch(failure, cause -> cause instanceof ViewExpiredException
                || cause instanceof ProtectedViewException
                || String.valueOf(cause.getMessage()).contains("CSP nonce mismatch"));
    }

    private static String rootOf(Throwable failure) {
        Throwable cause = Causes.root(failure);
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
