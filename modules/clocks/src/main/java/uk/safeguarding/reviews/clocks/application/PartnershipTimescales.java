package uk.safeguarding.reviews.clocks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.clocks.domain.BankHolidays;
import uk.safeguarding.reviews.clocks.domain.ClockRuleSet;
import uk.safeguarding.reviews.clocks.domain.ClockRuleSetRepository;
import uk.safeguarding.reviews.clocks.domain.PartnershipCalendar;
import uk.safeguarding.reviews.clocks.domain.PartnershipCalendarRepository;
import uk.safeguarding.reviews.clocks.domain.WorkingDayCalendar;

/**
 * The current partnership's rule and calendar versions. A partnership that has never used them gets
 * version 1 of each (the 2019 policy's figures; England and Wales holidays) recorded on first use.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class PartnershipTimescales {

    static final String RULES_RECORD_TYPE = "clock-rules";
    static final String CALENDAR_RECORD_TYPE = "calendar";

    @Inject
    private ClockRuleSetRepository ruleSets;

    @Inject
    private PartnershipCalendarRepository calendars;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The newest rule version, which may be scheduled for a later date; changes build on it. */
    public ClockRuleSet newestRules() {
        return ruleSets.latest().orElseGet(() -> {
            ruleSets.lockFirstVersion();
            Optional<ClockRuleSet> written = ruleSets.latest();
            if (written.isPresent()) {
                return written.get();
            }
            ClockRuleSet initial = ClockRuleSet.initial(LocalDate.now(clock), OffsetDateTime.now(clock));
            ruleSets.add(initial);
            audit.allowed(AuditAction.CREATE, RULES_RECORD_TYPE, "v1", "default rules of the 2019 policy");
            return initial;
        });
    }

    /** The rule version in force today: what a clock starting now runs under. */
    public ClockRuleSet rulesInForce() {
        ClockRuleSet newest = newestRules();
        return ruleSets.inForceOn(LocalDate.now(clock)).orElse(newest);
    }

    public ClockRuleSet rules(int version) {
        return ruleSets.version(version)
                .orElseThrow(() -> new IllegalArgumentException("There is no rule version " + version));
    }

    /** The calendar in force: the partnership's newest version. */
    public PartnershipCalendar calendar() {
        return calendars.latest().orElseGet(() -> {
            calendars.lockFirstVersion();
            Optional<PartnershipCalendar> written = calendars.latest();
            if (written.isPresent()) {
                return written.get();
            }
            PartnershipCalendar initial = PartnershipCalendar.initial(OffsetDateTime.now(clock));
            calendars.add(initial);
            audit.allowed(AuditAction.CREATE, CALENDAR_RECORD_TYPE, "v1", initial.reason());
            return initial;
        });
    }

    public WorkingDayCalendar workingDays() {
        return calendar().workingDays(BankHolidays.shipped());
    }

    public void publish(ClockRuleSet next) {
        ruleSets.add(next);
    }

    public void publish(PartnershipCalendar next) {
        calendars.add(next);
        audit.allowed(AuditAction.UPDATE, CALENDAR_RECORD_TYPE, "v" + next.version(), next.reason());
    }
}
