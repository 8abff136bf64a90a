package uk.safeguarding.reviews.web.practicereview;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.safeguarding.reviews.practicereview.application.Publications;
import uk.safeguarding.reviews.web.shell.Downloads;

/** The redacted final report of a review (§8.3), for whoever may see the review; behind the tenant gate, audited. */
@WebServlet("/app/reviews/publication-file")
public class PublicationFileDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient Publications publications;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.sendOrRefuse(response, () -> publications.file(request.getParameter("id")));
    }
}
