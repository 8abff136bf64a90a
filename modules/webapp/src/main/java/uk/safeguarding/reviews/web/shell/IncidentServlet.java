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
        int code = status instanceof Integer given ? given : 500;
        // Who and where, never what was typed: the log leaves the product's access control.
        LOG.log(code >= 500 ? Level.SEVERE : Level.WARNING, fault, () -> "Incident " + incident + ": " + request.getMethod() + " " + uri + " answered "
                + code + " for " + (request.getRemoteUser() == null ? "nobody signed in"
                : request.getRemoteUser()));
        response.setStatus(code);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String home = request.getContextPath() + "/app/index.xhtml";
        try (PrintWriter page = response.getWriter()) {
            page.print("""
                    <!DOCTYPE html>
                    <html lang="en-GB">
                    <head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>Sorry, something went wrong - Practice reviews</title>
                    <style>body{font-family:Arial,Helvetica,sans-serif;margin:0;color:#0b0c0c}.app-header{background:#1d3f6e;padding:.75rem 1.5rem}.app-header a{color:#fff;font-weight:bold}main{padding:1rem 1.5rem}a{color:#1d4ed8}</style></head>
                    <body>
                    <header class="app-header"><div class="app-header__brand"><a class="app-header__product" href="%1$s">Practice reviews</a></div></header>
                    <main id="main" class="app-main"><h1>Sorry, something went wrong</h1>
                    <p id="error-body">The problem has been recorded with the reference <strong id="incident">%2$s</strong>. Please try again; if it keeps happening, give that reference to your business unit.</p>
                    <p><a href="%1$s">Home</a></p></main>
                    </body>
                    </html>
                    """.formatted(home, incident));
        }
    }

    /** Eight hexadecimal digits: short enough to read out on the phone, unguessable enough to log. */
    static String newReference() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
