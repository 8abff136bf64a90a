package uk.safeguarding.reviews.web.rapidreview;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.rapidreview.application.RapidReviewReports;
import uk.safeguarding.reviews.web.shell.Downloads;

/** The Rapid Review Meeting Report (Document 12) as DOCX or PDF, generated on request and audited. */
@WebServlet("/app/reviews/report")
public class ReportDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient RapidReviewReports reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            Downloads.send(response, reports.report(request.getParameter("id"), request.getParameter("format")));
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (RecordNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }
}
