package uk.safeguarding.reviews.clocks.domain;

import java.util.Optional;

/** The current tenant's calendar versions. */
public interface PartnershipCalendarRepository {

    Optional<PartnershipCalendar> latest();

    /** One version: a clock is always counted against the version it names. */
    Optional<PartnershipCalendar> version(int version);

    void add(PartnershipCalendar calendar);
}
