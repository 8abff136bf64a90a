package uk.safeguarding.reviews.web.rapidreview;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.RecordNotFoundException;
import uk.safeguarding.reviews.rapidreview.application.AgencyTask;
import uk.safeguarding.reviews.rapidreview.application.InformationRequests;
import uk.safeguarding.reviews.rapidreview.domain.AgencySummary;
import uk.safeguarding.reviews.web.shell.Pages;

/** One agency's return, read-only, for the review's people; the composite's events link here. */
@Named
@RequestScoped
public class AgencyReturnPage {

    @Inject
    private InformationRequests requests;

    private String id;
    private AgencyTask task;

    public void load() {
        try {
            task = requests.returnOf(id);
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        } catch (RecordNotFoundException e) {
            Pages.notFound();
        }
    }

    public Map<String, String> getQuestions() {
        return AgencySummary.questions();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public AgencyTask getTask() {
        return task;
    }
}
