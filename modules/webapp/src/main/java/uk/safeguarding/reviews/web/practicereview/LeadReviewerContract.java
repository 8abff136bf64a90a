package uk.safeguarding.reviews.web.practicereview;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.safeguarding.reviews.practicereview.application.LeadReviewerAppointments;
import uk.safeguarding.reviews.web.shell.Downloads;

/** The lead reviewer's signed contract (§8.1), for the Virtual Panel; behind the tenant gate, audited. */
@WebServlet("/app/reviews/lead-reviewer-contract")
public class LeadReviewerContract extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient LeadReviewerAppointments appointments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.sendOrRefuse(response, () -> appointments.contract(request.getParameter("id")));
    }
}
