package uk.safeguarding.reviews.web.home;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.work.WorkItem;
import uk.safeguarding.reviews.kernel.work.WorkSource;

/**
 * What every module has waiting for a person in the current partnership, most urgent first (issue 14
 * §2). Each module answers only for its own records and only for what the person's roles let them do.
 */
@ApplicationScoped
public class WorkList {

    /** At most this many from each module: a work list, not an archive. */
    static final int PER_SOURCE = 50;

    @Inject
    @Any
    private Instance<WorkSource> sources;

    public List<WorkItem> of(Caller caller) {
        return sources.stream().flatMap(source -> source.waitingFor(caller, PER_SOURCE).stream())
                .sorted(WorkItem.MOST_URGENT_FIRST).toList();
    }
}
