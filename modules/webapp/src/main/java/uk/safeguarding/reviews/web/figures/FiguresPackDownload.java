package uk.safeguarding.reviews.web.figures;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.safeguarding.reviews.figures.application.FiguresPack;
import uk.safeguarding.reviews.web.shell.Downloads;

/**
 * The Safeguarding Executive's yearly pack (§10.3) as PDF, or as a workbook ({@code format=xlsx})
 * with the records behind each number; for the executive and the business unit, audited.
 */
@WebServlet("/app/figures/pack")
public class FiguresPackDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient FiguresPack pack;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FiguresPack.Format format = "xlsx".equals(request.getParameter("format")) ? FiguresPack.Format.XLSX
                : FiguresPack.Format.PDF;
        try {
            Downloads.sendOrRefuse(response, () -> pack.pack(FigureYears.parse(request.getParameter("year")), format,
                    FigureNames::of));
        } catch (uk.safeguarding.reviews.kernel.InvalidFieldException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
        }
    }
}
