package uk.safeguarding.reviews.web.learning;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.safeguarding.reviews.learning.application.PlanVerifications;
import uk.safeguarding.reviews.web.shell.Downloads;

/** A recorded verification as Document 14 in Word, or PDF ({@code format=pdf}); audited. */
@WebServlet("/app/learning/verification-document")
public class PlanVerificationDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient PlanVerifications verifications;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PlanVerifications.Format format = "pdf".equals(request.getParameter("format")) ? PlanVerifications.Format.PDF
                : PlanVerifications.Format.DOCX;
        Downloads.sendOrRefuse(response, () -> verifications.document(request.getParameter("id"), format));
    }
}
