package uk.safeguarding.reviews.review.domain;

import java.util.List;
import java.util.Optional;

/** The partnership's versions of its kinds of review. */
public interface KindDefinitionRepository {

    void add(KindDefinitionVersion version);

    /** Stores version 1 unless another request just did; true if this one did. */
    boolean addFirstIfAbsent(KindDefinitionVersion first);

    Optional<KindDefinitionVersion> latest(String kindKey);

    Optional<KindDefinitionVersion> version(String kindKey, int version);

    /** Every version of every kind, newest first within a kind. */
    List<KindDefinitionVersion> all();
}
