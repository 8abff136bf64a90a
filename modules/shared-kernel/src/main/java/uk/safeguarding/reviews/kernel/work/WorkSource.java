package uk.safeguarding.reviews.kernel.work;

import java.util.List;
import uk.safeguarding.reviews.kernel.Caller;

/**
 * What one module has waiting for the caller in the current partnership: only what their roles let
 * them do, at most {@code limit} items, most urgent first. Implemented by each module as a CDI bean.
 */
public interface WorkSource {

    List<WorkItem> waitingFor(Caller caller, int limit);
}
