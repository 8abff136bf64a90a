package uk.safeguarding.reviews.web.rapidreview;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.safeguarding.reviews.rapidreview.application.RapidReviewReports;
import uk.safeguarding.reviews.web.shell.Downloads;

/**
 * The meeting's papers pack (§7.11: referral, agency summaries, composite chronology) as one PDF, for
 * the attendees once it is published: the review's people, and the contacts of the agencies asked.
 */
@WebServlet("/app/meeting/papers")
public class PapersDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient RapidReviewReports reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.sendOrRefuse(response, () -> reports.papers(request.getParameter("review")));
    }
}
