package uk.safeguarding.reviews.web.learning;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.learning.application.OwnerActions;
import uk.safeguarding.reviews.web.shell.Downloads;

/**
 * An evidence file an action's owner attached (§9): for the people of the action's agency and for
 * whoever may see the review's plan, behind the tenant gate, audited; 404 for anyone else.
 */
@WebServlet("/app/evidence")
public class EvidenceDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient OwnerActions actions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OwnerActions.Evidence evidence;
        try {
            evidence = actions.evidence(request.getParameter("id"));
        } catch (RecordNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (uk.safeguarding.reviews.kernel.AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Downloads.send(response, evidence.fileName(), "application/octet-stream", evidence.content());
    }
}
