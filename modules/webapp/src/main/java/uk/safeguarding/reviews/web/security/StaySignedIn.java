package uk.safeguarding.reviews.web.security;

import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * "Stay signed in" on the page's warning, and the page's note that the person is still typing
 * (issue 18). The tenant gate has already counted the request as activity, or ended the session if
 * it was over; this answers when the session now ends, for the page's countdown.
 */
@WebServlet(name = "StaySignedIn", urlPatterns = "/app/session/stay-signed-in")
public class StaySignedIn extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SessionCountdown countdown = (SessionCountdown) request.getAttribute(TenantGateFilter.SESSION_END);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder()
                .add("endsAt", countdown.endsAtMillis())
                .add("now", countdown.nowMillis())
                .add("canBePutOff", countdown.canBePutOff())
                .add("reason", countdown.signOutReason())
                .build().toString());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }
}
