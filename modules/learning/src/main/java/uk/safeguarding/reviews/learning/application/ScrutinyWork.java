package uk.safeguarding.reviews.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.work.WorkItem;
import uk.safeguarding.reviews.kernel.work.WorkSource;

/**
 * §9: once a reporting year has ended, the Independent Adviser's work list holds its annual scrutiny
 * of action plans until they record it.
 */
@ApplicationScoped
@Transactional
public class ScrutinyWork implements WorkSource {

    @Inject
    private AnnualScrutinies scrutinies;

    @Override
    public List<WorkItem> waitingFor(Caller caller, int limit) {
        if (!caller.hasRole(Role.INDEPENDENT_ADVISER) || limit < 1) {
            return List.of();
        }
        Integer year = scrutinies.lastEnded();
        if (year == null || scrutinies.recorded(year)) {
            return List.of();
        }
        return List.of(new WorkItem("Scrutinise the year's action plans (\u00a79)", "April " + year + " to March "
                + (year + 1), "/app/learning/scrutiny.xhtml?year=" + year, null, false, null));
    }
}
