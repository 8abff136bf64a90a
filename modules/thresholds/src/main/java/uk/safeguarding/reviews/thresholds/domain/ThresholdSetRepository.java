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
}
