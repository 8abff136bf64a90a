package uk.safeguarding.reviews.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The GOV.UK error summary every page shows at its top when a field was refused (issue 15): each
 * problem once, in the order the fields were checked, as a link to its field. Messages for the page
 * as a whole are shown by the page's message area, not here, so nothing is said twice.
 */
@Named
@RequestScoped
public class ErrorSummary {

    /** One refused field: the id of its input (the link's target) and what is wrong. */
    public record Problem(String clientId, String message) {
    }

    /**
     * Read afresh each time, never cached: Faces asks whether the summary is rendered in every phase,
     * before validation has added the messages as well as after.
     */
    public List<Problem> getProblems() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Set<Problem> found = new LinkedHashSet<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext();) {
            String clientId = ids.next();
            if (clientId == null) {
                continue;
            }
            faces.getMessageList(clientId).stream()
                    .filter(m -> m.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal())
                    .forEach(m -> found.add(new Problem(clientId, m.getDetail() == null ? m.getSummary()
                            : m.getDetail())));
        }
        return new ArrayList<>(found);
    }
}
