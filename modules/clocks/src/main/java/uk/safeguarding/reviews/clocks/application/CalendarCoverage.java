package uk.safeguarding.reviews.clocks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import uk.safeguarding.reviews.clocks.domain.BankHolidays;
import uk.safeguarding.reviews.clocks.domain.PartnershipCalendar;

/**
 * For the platform's own warnings (no role needed, no case data): whether the current partnership's
 * working-day calendar runs out within twelve months, and on which day.
 */
@ApplicationScoped
@Transactional
public class CalendarCoverage {

    @Inject
    private PartnershipTimescales timescales;

    @Inject
    private Clock clock;

    /** The calendar's last countable day, when today is within twelve months of it. */
    public Optional<LocalDate> runsOutSoon() {
        PartnershipCalendar calendar = timescales.calendar();
        return calendar.runsOutSoon(BankHolidays.shipped(), LocalDate.now(clock))
                ? Optional.of(calendar.coveredTo(BankHolidays.shipped())) : Optional.empty();
    }
}
