package uk.safeguarding.reviews.web.rapidreview;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.rapidreview.application.AgencyReturns;
import uk.safeguarding.reviews.rapidreview.application.AgencyTask;
import uk.safeguarding.reviews.web.shell.Pages;

/** The requests of the agencies the contributor answers for. */
@Named
@RequestScoped
public class AgencyTasksPage {

    @Inject
    private AgencyReturns returns;

    private List<AgencyTask> tasks = List.of();

    public void load() {
        try {
            tasks = returns.myTasks();
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public List<AgencyTask> getTasks() {
        return tasks;
    }
}
