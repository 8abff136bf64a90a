package uk.safeguarding.reviews.web.practicereview;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.safeguarding.reviews.practicereview.application.FamilyLetters;
import uk.safeguarding.reviews.web.shell.Downloads;

/** A family member's invitation letter (§6, Document 3), Word or PDF ({@code format=pdf}); behind the tenant gate, audited. */
@WebServlet("/app/reviews/family-letter")
public class FamilyLetterDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient FamilyLetters letters;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.sendOrRefuse(response, () -> letters.letter(request.getParameter("id"), request.getParameter("member"),
                "pdf".equals(request.getParameter("format"))));
    }
}
