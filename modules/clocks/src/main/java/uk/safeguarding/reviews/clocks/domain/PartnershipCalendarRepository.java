package uk.safeguarding.reviews.clocks.domain;

import java.util.Optional;

/** The current tenant's calendar versions. */
public interface PartnershipCalendarRepository {

    Optional<PartnershipCalendar> latest();

    /** One version: a clock is always counted against the version it names. */
    Optional<PartnershipCalendar> version(int version);

    void add(PartnershipCalendar calendar);

    /**
     * Holds, until the transaction ends, the right to write the first version: the first use of a new
     * partnership may come from two places at once (a page and the notice sweep), and only one may
     * write version 1. Callers look again after taking it.
     */
    void lockFirstVersion();
}
