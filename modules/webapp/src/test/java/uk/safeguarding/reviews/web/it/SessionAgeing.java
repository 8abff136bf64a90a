package uk.safeguarding.reviews.web.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;

/**
 * Browser tests only (never in the product's WAR): moves the browser's own session back in time, as
 * if it had been signed in or idle for longer, so the session limits (issue 18) can be seen to end it
 * without waiting half an hour. It reads the times from the session as the tenant gate wrote them.
 */
@WebServlet(urlPatterns = "/it/session-ageing")
public class SessionAgeing extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute("sg.signedInAt") instanceof Instant signedInAt)
                || !(session.getAttribute("sg.lastUsed") instanceof Instant lastUsed)) {
            response.sendError(HttpServletResponse.SC_CONFLICT, "no signed-in session to age");
            return;
        }
        String signedIn = request.getParameter("signedInSecondsEarlier");
        String idle = request.getParameter("idleSecondsEarlier");
        if (signedIn != null) {
            session.setAttribute("sg.signedInAt", signedInAt.minusSeconds(Long.parseLong(signedIn)));
        }
        if (idle != null) {
            session.setAttribute("sg.lastUsed", lastUsed.minusSeconds(Long.parseLong(idle)));
        }
        response.setContentType("text/plain");
        response.getWriter().write("signed in " + session.getAttribute("sg.signedInAt") + ", last used "
                + session.getAttribute("sg.lastUsed"));
    }
}
