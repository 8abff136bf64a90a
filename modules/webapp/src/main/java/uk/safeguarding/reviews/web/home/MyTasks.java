package uk.safeguarding.reviews.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.safeguarding.reviews.kernel.work.WorkItem;
import uk.safeguarding.reviews.tenancy.api.TenantContext;

/** The home page's "My tasks" (issue 14 §2) for the person signed in. */
@Named
@RequestScoped
public class MyTasks {

    @Inject
    private WorkList work;

    private List<WorkItem> items;

    public List<WorkItem> getItems() {
        if (items == null) {
            items = work.of(TenantContext.caller());
        }
        return items;
    }
}
