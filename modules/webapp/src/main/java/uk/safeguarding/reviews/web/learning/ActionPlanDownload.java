package uk.safeguarding.reviews.web.learning;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.safeguarding.reviews.learning.application.ActionPlanDocuments;
import uk.safeguarding.reviews.web.shell.Downloads;

/**
 * Document 13, a review's action plan, as DOCX ({@code format=docx}), XLSX ({@code format=xlsx}) or
 * PDF; for whoever may see the review, behind the tenant gate, audited.
 */
@WebServlet("/app/reviews/action-plan-document")
public class ActionPlanDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient ActionPlanDocuments documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String asked = request.getParameter("format");
        ActionPlanDocuments.Format format = "docx".equals(asked) ? ActionPlanDocuments.Format.DOCX
                : "xlsx".equals(asked) ? ActionPlanDocuments.Format.XLSX : ActionPlanDocuments.Format.PDF;
        Downloads.sendOrRefuse(response, () -> documents.document(request.getParameter("id"), format));
    }
}
