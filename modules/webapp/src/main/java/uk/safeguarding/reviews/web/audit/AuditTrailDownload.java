package uk.safeguarding.reviews.web.audit;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.safeguarding.reviews.audit.AuditSearch;
import uk.safeguarding.reviews.web.shell.Downloads;

/** The audit trail's rows that match the page's search, as CSV, oldest first; the export is itself audited. */
@WebServlet("/app/audit/export")
public class AuditTrailDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient AuditSearch search;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AuditFilters filters = AuditFilters.read(request.getParameter("person"), request.getParameter("type"),
                request.getParameter("record"), request.getParameter("action"), request.getParameter("outcome"),
                request.getParameter("from"), request.getParameter("to"));
        if (!filters.problems().isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, String.join(" ", filters.problems().values()));
            return;
        }
        Downloads.sendOrRefuse(response, () -> search.export(filters.query()));
    }
}
