package uk.safeguarding.reviews.clocks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.clocks.domain.BankHolidays;
import uk.safeguarding.reviews.clocks.domain.ClockRule;
import uk.safeguarding.reviews.clocks.domain.ClockRuleSet;
import uk.safeguarding.reviews.clocks.domain.ClockRuleSetRepository;
import uk.safeguarding.reviews.clocks.domain.Deadline;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.clocks.domain.PartnershipCalendar;
import uk.safeguarding.reviews.clocks.domain.PartnershipCalendarRepository;
import uk.safeguarding.reviews.clocks.domain.PolicyDefaults;
import uk.safeguarding.reviews.clocks.domain.Region;
import uk.safeguarding.reviews.clocks.domain.StartEvent;
import uk.safeguarding.reviews.clocks.domain.WorkingDayCalendar;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Forms;
import uk.safeguarding.reviews.kernel.Role;

/**
 * The partnership's clock rules and working-day calendar: read them, preview a change, publish a
 * change as a new version. Business managers only; every publication is audited in the partnership's
 * trail.
 */
@ApplicationScoped
@Transactional
public class ClockRulesService {

    static final String RECORD_TYPE = "clock-rules";
    static final String CALENDAR_RECORD_TYPE = "calendar";
    private static final BankHolidays SHIPPED_HOLIDAYS = BankHolidays.shipped();

    @Inject
    private ClockRuleSetRepository ruleSets;

    @Inject
    private AuditTrail audit;

    @Inject
    private RoleGate roles;

    @Inject
    private Validator validator;

    @Inject
    private PartnershipCalendarRepository calendars;

    @Inject
    private Clock clock;

    public ClockRulesView current() {
        roles.require(AuditAction.VIEW, RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        ClockRuleSet newest = latest();
        ClockRuleSet today = ruleSets.inForceOn(LocalDate.now(clock)).orElse(newest);
        boolean scheduled = newest.version() != today.version();
        return new ClockRulesView(today.version(), today.effectiveFrom(), today.reason(), today.createdBy(), today.rules(),
                scheduled ? newest.version() : null, scheduled ? newest.effectiveFrom() : null);
    }

    /** When a clock started now would be due under the proposed rule; changes nothing. */
    public Deadline preview(String key, int amount, StartEvent startEvent) {
        roles.require(AuditAction.VIEW, RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        ClockRule proposed = proposed(latest(), key, amount, startEvent);
        return DeadlineCalculator.dueDate(proposed, ZonedDateTime.now(clock), workingDays());
    }

    /** Publishes the change as the next version; returns its number. */
    public int publishChange(ClockRuleChangeForm form) {
        Caller caller = roles.require(AuditAction.UPDATE, RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        Forms.requireValid(validator, form);
        ClockRuleSet current = latest();
        ClockRule before = current.rule(form.getKey());
        ClockRule after = proposed(current, form.getKey(), form.getAmount(), form.getStartEvent());
        ClockRuleSet next = current.publishChange(after, form.getEffectiveFrom(), form.getReason(), caller.username(),
                now());
        ruleSets.add(next);
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, "v" + next.version(), before.key() + ": " + before.amount() + " "
                + before.unit() + " from " + before.startEvent() + " -> " + after.amount() + " " + after.unit()
                + " from " + after.startEvent() + ", effective " + form.getEffectiveFrom() + "; " + form.getReason());
        return next.version();
    }

    public CalendarView currentCalendar() {
        roles.require(AuditAction.VIEW, CALENDAR_RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        PartnershipCalendar calendar = calendarInForce();
        return new CalendarView(calendar.version(), calendar.region(), calendar.reason(), calendar.createdBy(),
                calendar.closures().stream().map(c -> new CalendarView.ClosureDay(c.day(), c.reason())).toList());
    }

    /** Adds a closure day as the calendar's next version; returns its number. */
    public int addClosureDay(ClosureDayForm form) {
        Caller caller = roles.require(AuditAction.UPDATE, CALENDAR_RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        Forms.requireValid(validator, form);
        return publish(calendarInForce().withClosure(form.getDay(), form.getReason(), caller.username(), now()));
    }

    public int removeClosureDay(LocalDate day) {
        Caller caller = roles.require(AuditAction.UPDATE, CALENDAR_RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        return publish(calendarInForce().withoutClosure(day, caller.username(), now()));
    }

    public int changeRegion(Region region, String why) {
        Caller caller = roles.require(AuditAction.UPDATE, CALENDAR_RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        return publish(calendarInForce().withRegion(region, why, caller.username(), now()));
    }

    private int publish(PartnershipCalendar next) {
        calendars.add(next);
        audit.allowed(AuditAction.UPDATE, CALENDAR_RECORD_TYPE, "v" + next.version(), next.reason());
        return next.version();
    }

    /** The calendar clocks count against: the partnership's latest version. */
    private WorkingDayCalendar workingDays() {
        return calendarInForce().workingDays(SHIPPED_HOLIDAYS);
    }

    private PartnershipCalendar calendarInForce() {
        return calendars.latest().orElseGet(() -> {
            PartnershipCalendar initial = PartnershipCalendar.initial(now());
            calendars.add(initial);
            audit.allowed(AuditAction.CREATE, CALENDAR_RECORD_TYPE, "v1", initial.reason());
            return initial;
        });
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static ClockRule proposed(ClockRuleSet set, String key, int amount,
            StartEvent startEvent) {
        if (!PolicyDefaults.allowedStartEvents(key).contains(startEvent)) {
            throw new IllegalArgumentException("The " + key + " clock cannot start from " + startEvent);
        }
        return set.rule(key).withAmount(amount).withStartEvent(startEvent);
    }

    /** The newest version; the first use in a partnership records version 1, the policy's figures. */
    private ClockRuleSet latest() {
        return ruleSets.latest().orElseGet(() -> {
            ClockRuleSet initial = ClockRuleSet.initial(LocalDate.now(clock), now());
            ruleSets.add(initial);
            audit.allowed(AuditAction.CREATE, RECORD_TYPE, "v1", "default rules of the 2019 policy");
            return initial;
        });
    }
}
