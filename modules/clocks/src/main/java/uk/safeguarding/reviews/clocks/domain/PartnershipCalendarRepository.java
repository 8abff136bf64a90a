package uk.safeguarding.reviews.clocks.domain;

import java.util.Optional;

/** The current tenant's calendar versions. */
public interface PartnershipCalendarRepository {

    Optional<PartnershipCalendar> latest();

    void add(PartnershipCalendar calendar);
}
