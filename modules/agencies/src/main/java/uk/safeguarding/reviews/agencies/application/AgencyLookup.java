package uk.safeguarding.reviews.agencies.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import uk.safeguarding.reviews.agencies.domain.AgencyRepository;
import uk.safeguarding.reviews.kernel.InternalApi;

/**
 * The current partnership's agencies as other modules read them (a Rapid Review's requests, its
 * meeting's attendance and endorsements): copies, never the entities, and no permission check of its
 * own, because each caller checks what its person may do.
 */
@InternalApi
@ApplicationScoped
@Transactional
public class AgencyLookup {

    @Inject
    private AgencyRepository agencies;

    public List<AgencyView> all() {
        return agencies.all().stream().map(AgencyView::of).toList();
    }

    public Optional<AgencyView> find(String id) {
        return agencies.find(id).map(AgencyView::of);
    }

    /** The agencies a contributor answers for. */
    public List<AgencyView> ofContact(String username) {
        return agencies.ofContact(username).stream().map(AgencyView::of).toList();
    }

    /** The ids of the agencies a contributor answers for: what their agency tasks are filtered by. */
    public java.util.Set<String> idsOfContact(String username) {
        return agencies.ofContact(username).stream().map(a -> a.id()).collect(java.util.stream.Collectors.toSet());
    }
}
