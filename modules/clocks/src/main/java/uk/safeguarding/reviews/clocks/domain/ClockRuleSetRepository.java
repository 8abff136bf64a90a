package uk.safeguarding.reviews.clocks.domain;

import java.util.Optional;

/** The current tenant's rule versions. */
public interface ClockRuleSetRepository {

    Optional<ClockRuleSet> latest();

    void add(ClockRuleSet ruleSet);
}
