package uk.safeguarding.reviews.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs a person out at both ends: this application's session and Liberty's sign-in, then the
 * sign-in service's session, whose end-session endpoint brings the browser back to the signed-out
 * page saying why. One way out for the sign-out button and for a session the partnership's limits end.
 */
@ApplicationScoped
public class SignOuts {

    /** Set on a session this application ends itself, so its end is not mistaken for the container's. */
    static final String ENDED_HERE = "sg.endedHere";

    /** Why a person was signed out, as the signed-out page's address names it. */
    public enum Reason {
        ASKED(null), IDLE("idle"), TOO_LONG("too-long");

        private final String parameter;

        Reason(String parameter) {
            this.parameter = parameter;
        }

        /** The reason the sign-out form names; anything else is an ordinary sign-out. */
        static Reason named(String parameter) {
            for (Reason reason : values()) {
                if (reason.parameter != null && reason.parameter.equals(parameter)) {
                    return reason;
                }
            }
            return ASKED;
        }
    }

    @Inject
    @ConfigProperty(name = "oidc.issuer")
    private String issuer;

    @Inject
    @ConfigProperty(name = "oidc.client.id")
    private String clientId;

    @Inject
    @ConfigProperty(name = "app.base.url")
    private String baseUrl;

    public void signOut(HttpServletRequest request, HttpServletResponse response, Reason reason)
            throws IOException, ServletException {
        Optional<String> idToken = TokenClaims.rawIdToken();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(ENDED_HERE, Boolean.TRUE);
            session.invalidate();
        }
        request.logout();
        String signedOut = baseUrl + request.getContextPath() + "/signed-out.xhtml"
                + (reason.parameter == null ? "" : "?reason=" + reason.parameter);
        StringBuilder endSession = new StringBuilder(issuer).append("/protocol/openid-connect/logout")
                .append("?client_id=").append(encode(clientId))
                .append("&post_logout_redirect_uri=").append(encode(signedOut));
        idToken.ifPresent(token -> endSession.append("&id_token_hint=").append(encode(token)));
        redirect(request, response, endSession.toString());
    }

    /** A page's background request (Faces ajax) is told where to go in a partial response, which the page follows. */
    private static void redirect(HttpServletRequest request, HttpServletResponse response, String location)
            throws IOException {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + location.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
            return;
        }
        response.sendRedirect(location);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
