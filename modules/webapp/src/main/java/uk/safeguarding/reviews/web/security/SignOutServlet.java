package uk.safeguarding.reviews.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs out at both ends: ends this application's session and Liberty's sign-in, then sends the
 * browser to Keycloak's end-session endpoint, which ends the single sign-on session and comes back
 * to the signed-out page. POST only, with the Faces form's token, so no link can sign anyone out.
 */
@WebServlet(name = "SignOut", urlPatterns = {"/app/sign-out", "/sign-out"})
public class SignOutServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "oidc.issuer")
    private String issuer;

    @Inject
    @ConfigProperty(name = "oidc.client.id")
    private String clientId;

    @Inject
    @ConfigProperty(name = "app.base.url")
    private String baseUrl;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Optional<String> idToken = TokenClaims.rawIdToken();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        request.logout();
        String signedOut = baseUrl + request.getContextPath() + "/signed-out.xhtml";
        StringBuilder endSession = new StringBuilder(issuer).append("/protocol/openid-connect/logout")
                .append("?client_id=").append(encode(clientId))
                .append("&post_logout_redirect_uri=").append(encode(signedOut));
        idToken.ifPresent(token -> endSession.append("&id_token_hint=").append(encode(token)));
        response.sendRedirect(endSession.toString());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
