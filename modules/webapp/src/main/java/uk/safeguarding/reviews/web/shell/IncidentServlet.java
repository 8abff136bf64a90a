package uk.safeguarding.reviews.web.shell;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page of every failure nobody planned for (web.xml's catch-all error page): the fault is
 * logged once with an incident reference, and the person sees that reference and what to do, never a
 * stack trace. A refusal the person can act on never gets here (RefusalExceptionHandlerFactory).
 */
@WebServlet(name = "IncidentPage", urlPatterns = IncidentServlet.PATH)
public class IncidentServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(IncidentServlet.class.getName());
    static final String PATH = "/error/incident";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            // Only the container's error dispatch comes here; asked for directly it is an address like any other unknown one.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String incident = newReference();
        Throwable fault = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        boolean databaseOutage = DatabaseOutage.causedBy(fault);
        int code = databaseOutage ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : status instanceof Integer given ? given : 500;
        // Who and where, never what was typed: the log leaves the product's access control. An outage of
        // the database is expected now and then (a restart, a failover): noted, not raised as a fault.
        Level level = databaseOutage ? Level.WARNING : code >= 500 ? Level.SEVERE : Level.WARNING;
        LOG.log(level, databaseOutage ? null : fault, () -> "Incident " + incident + ": " + request.getMethod() + " " + uri
                + " answered " + code + " for " + (request.getRemoteUser() == null ? "nobody signed in"
                : request.getRemoteUser()) + (databaseOutage ? " (the database could not be reached: " + fault + ")" : ""));
        response.setStatus(code);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        if (databaseOutage) {
            response.setHeader("Retry-After", "10");
        }
        String home = request.getContextPath() + "/app/index.xhtml";
        try (PrintWriter page = response.getWriter()) {
            page.print(databaseOutage ? unavailable(home, incident) : incident(home, incident));
        }
    }

    private static String incident(String home, String incident) {
        return page("Sorry, something went wrong", "error-body", """
                The problem has been recorded with the reference <strong id="incident">%s</strong>. Please try again; \
                if it keeps happening, give that reference to your business unit.""".formatted(incident), home);
    }

    /** Issue 19: the database restarting or failing over; each transaction committed whole or not at all. */
    private static String unavailable(String home, String incident) {
        return page("Sorry, the service is unavailable for a moment", "database-unavailable", """
                The service could not reach its records. If you were saving something, it was either saved or \
                not saved at all: go back and check whether it shows as saved before you try again in a minute. \
                If it keeps happening, give the reference <strong id="incident">%s</strong> to your business \
                unit.""".formatted(incident), home);
    }

    private static String page(String title, String bodyId, String body, String home) {
        return """
                <!DOCTYPE html>
                <html lang="en-GB">
                <head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s - Practice reviews</title>
                <style>body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#0b0c0c}.app-header{background:#1d3f6e;padding:.75rem 1.5rem}.app-header a{color:#fff;font-weight:bold}main{padding:1rem 1.5rem}a{color:#1d4ed8}</style></head>
                <body>
                <header class="app-header"><div class="app-header__brand"><a class="app-header__product" href="%4$s">Practice reviews</a></div></header>
                <main id="main" class="app-main"><h1>%1$s</h1>
                <p id="%2$s">%3$s</p>
                <p><a href="%4$s">Home</a></p></main>
                </body>
                </html>
                """.formatted(title, bodyId, body, home);
    }

    /** Eight hexadecimal digits: short enough to read out on the phone, unguessable enough to log. */
    static String newReference() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
