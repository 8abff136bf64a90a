package uk.safeguarding.reviews.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The sign-out button, and the page's own sign-out when its session limit is reached (issue 18: the
 * form then names the reason). POST only, with the Faces form's token, so no link can sign anyone out.
 */
@WebServlet(name = "SignOut", urlPatterns = {"/app/sign-out", "/sign-out"})
public class SignOutServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    private SignOuts signOuts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        signOuts.signOut(request, response, SignOuts.Reason.named(request.getParameter("reason")));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Never a way to sign out; a page that signed itself out after its session had already gone comes
        // back here by GET once its person signs in again, and is shown their home page.
        response.sendRedirect(request.getContextPath() + "/app/index.xhtml");
    }
}
