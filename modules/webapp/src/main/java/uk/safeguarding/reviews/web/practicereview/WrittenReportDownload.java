package uk.safeguarding.reviews.web.practicereview;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.safeguarding.reviews.practicereview.application.WrittenReports;
import uk.safeguarding.reviews.web.shell.Downloads;

/**
 * The latest version of a review's written report (§8.3), its executive summary
 * ({@code part=summary}) or its factual accuracy comments log ({@code part=comments}), as PDF or
 * DOCX ({@code format=docx}); for whoever may see the review,
 * behind the tenant gate, audited.
 */
@WebServlet("/app/reviews/written-report")
public class WrittenReportDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient WrittenReports reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String asked = request.getParameter("part");
        WrittenReports.Part part = "summary".equals(asked) ? WrittenReports.Part.SUMMARY
                : "comments".equals(asked) ? WrittenReports.Part.COMMENTS : WrittenReports.Part.REPORT;
        boolean pdf = !"docx".equals(request.getParameter("format"));
        Downloads.sendOrRefuse(response, () -> reports.document(request.getParameter("id"), part, pdf));
    }
}
