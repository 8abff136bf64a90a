package uk.safeguarding.reviews.thresholds.domain;

import java.time.LocalDate;
import java.util.Optional;

/** The current tenant's threshold versions. */
public interface ThresholdSetRepository {

    /** The newest version, which may take effect in the future; changes build on it. */
    Optional<ThresholdSet> latest();

    /** The newest version effective on or before the day. */
    Optional<ThresholdSet> inForceOn(LocalDate day);

    Optional<ThresholdSet> version(int version);

    void add(ThresholdSet thresholds);

    /**
     * Holds, until the transaction ends, the right to write the first version: the first use of a new
     * partnership may come from two places at once (a page and the notice sweep), and only one may
     * write version 1. Callers look again after taking it.
     */
    void lockFirstVersion();
}
