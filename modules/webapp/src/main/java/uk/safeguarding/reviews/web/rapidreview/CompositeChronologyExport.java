package uk.safeguarding.reviews.web.rapidreview;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;
import uk.safeguarding.reviews.chronology.domain.ChronologyFilter;
import uk.safeguarding.reviews.chronology.domain.SignificanceReason;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.rapidreview.application.CompositeChronologies;
import uk.safeguarding.reviews.kernel.ExportedFile;
import uk.safeguarding.reviews.web.shell.Downloads;

/** The composite chronology as CSV, DOCX or PDF, with the page's filter; behind the tenant gate, audited. */
@WebServlet("/app/reviews/chronology-export")
public class CompositeChronologyExport extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient CompositeChronologies composites;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ChronologyFilter filter;
        try {
            filter = filter(request);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "The filter is not one the page offers");
            return;
        }
        ExportedFile file;
        try {
            file = composites.export(request.getParameter("id"), request.getParameter("format"), filter,
                    "true".equals(request.getParameter("anonymised")));
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (RecordNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(response, file);
    }

    private static ChronologyFilter filter(HttpServletRequest request) {
        String agency = request.getParameter("agency");
        String reason = request.getParameter("reason");
        Set<SignificanceReason> reasons = reason == null || reason.isBlank() ? EnumSet.noneOf(SignificanceReason.class)
                : EnumSet.of(SignificanceReason.valueOf(reason));
        return new ChronologyFilter(agency == null || agency.isBlank() ? Set.of() : Set.of(agency), reasons,
                date(request.getParameter("from")), date(request.getParameter("to")));
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.strip(), uk.safeguarding.reviews.web.shell.StrictDateConverter.DAY_MONTH_YEAR);
    }
}
