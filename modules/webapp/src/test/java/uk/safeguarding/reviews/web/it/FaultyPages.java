package uk.safeguarding.reviews.web.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import uk.safeguarding.reviews.kernel.RefusedException;

/** Test-only: a fault nobody planned for, and an action that is refused, each with a child's details in it. */
public final class FaultyPages {

    static final String SECRET = "Jamie Smith, born 4 March 2019";

    private FaultyPages() {
    }

    @WebServlet("/test-faults/crash")
    public static class Crash extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
            throw new IllegalStateException("Unplanned failure while reading " + SECRET);
        }
    }

    /** Backs /test-faults/refusal.xhtml: its action is always refused. */
    @Named("refusingForm")
    @RequestScoped
    public static class RefusingForm {
        private String typed;

        public String save() {
            throw new RefusedException("Refused for a reason the person can act on");
        }

        public String getTyped() {
            return typed;
        }

        public void setTyped(String typed) {
            this.typed = typed;
        }
    }
}
