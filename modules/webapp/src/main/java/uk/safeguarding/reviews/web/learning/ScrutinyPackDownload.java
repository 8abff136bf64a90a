package uk.safeguarding.reviews.web.learning;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.safeguarding.reviews.learning.application.AnnualScrutinies;
import uk.safeguarding.reviews.web.shell.Downloads;

/**
 * The pack for the Independent Adviser's annual scrutiny of action plans (§9) as PDF, or as a workbook
 * ({@code format=xlsx}); for the adviser, the business unit and the executive, audited.
 */
@WebServlet("/app/learning/scrutiny-pack")
public class ScrutinyPackDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient AnnualScrutinies scrutinies;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AnnualScrutinies.Format format = "xlsx".equals(request.getParameter("format")) ? AnnualScrutinies.Format.XLSX
                : AnnualScrutinies.Format.PDF;
        try {
            Downloads.sendOrRefuse(response, () -> scrutinies.pack(ScrutinyPage.parse(request.getParameter("year")),
                    format));
        } catch (uk.safeguarding.reviews.kernel.InvalidFieldException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }
}
