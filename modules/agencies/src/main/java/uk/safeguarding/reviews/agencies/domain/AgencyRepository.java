package uk.safeguarding.reviews.agencies.domain;

import java.util.List;
import java.util.Optional;

/** The current tenant's agencies. */
public interface AgencyRepository {

    List<Agency> all();

    Optional<Agency> find(String id);

    Optional<Agency> findByName(String name);

    /** The agencies a contributor answers for. */
    List<Agency> ofContact(String username);

    void add(Agency agency);
}
