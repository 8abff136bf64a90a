package uk.safeguarding.reviews.web.rapidreview;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.safeguarding.reviews.chronology.domain.ChronologyImport;

/** The chronology layout agencies fill in offline (Document 9): the same for every partnership. */
@WebServlet("/app/agency/chronology-template")
public class ChronologyTemplateDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean xlsx = "xlsx".equals(request.getParameter("format"));
        byte[] content = xlsx ? ChronologyImport.xlsxTemplate() : ChronologyImport.csvTemplate();
        response.setContentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv; charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename=\"chronology-template."
                + (xlsx ? "xlsx" : "csv") + "\"");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
