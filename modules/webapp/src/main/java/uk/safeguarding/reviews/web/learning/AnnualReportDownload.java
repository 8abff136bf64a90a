package uk.safeguarding.reviews.web.learning;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.safeguarding.reviews.learning.application.AnnualReportSection;
import uk.safeguarding.reviews.web.shell.Downloads;

/** The annual report's section on practice reviews (§8.3) in Word, or PDF ({@code format=pdf}); audited. */
@WebServlet("/app/learning/annual-report-section")
public class AnnualReportDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient AnnualReportSection section;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AnnualReportSection.Format format = "pdf".equals(request.getParameter("format")) ? AnnualReportSection.Format.PDF
                : AnnualReportSection.Format.DOCX;
        try {
            Downloads.sendOrRefuse(response, () -> section.document(ScrutinyPage.parse(request.getParameter("year")),
                    format));
        } catch (uk.safeguarding.reviews.kernel.InvalidFieldException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }
}
