package uk.safeguarding.reviews.clocks.domain;

import java.util.Optional;

/** The current tenant's rule versions. */
public interface ClockRuleSetRepository {

    /** The newest version, which may take effect in the future; changes build on it. */
    Optional<ClockRuleSet> latest();

    /** The version in force on the day: the newest one effective on or before it. */
    Optional<ClockRuleSet> inForceOn(java.time.LocalDate day);

    /** One version, which every clock started under it keeps pointing at. */
    Optional<ClockRuleSet> version(int version);

    void add(ClockRuleSet ruleSet);

    /**
     * Holds, until the transaction ends, the right to write the first version: the first use of a new
     * partnership may come from two places at once (a page and the notice sweep), and only one may
     * write version 1. Callers look again after taking it.
     */
    void lockFirstVersion();
}
