package uk.safeguarding.reviews.clocks.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import uk.safeguarding.reviews.audit.AuditAction;
import uk.safeguarding.reviews.audit.AuditTrail;
import uk.safeguarding.reviews.audit.RoleGate;
import uk.safeguarding.reviews.clocks.domain.BankHolidays;
import uk.safeguarding.reviews.clocks.domain.ClockRule;
import uk.safeguarding.reviews.clocks.domain.ClockRuleSet;
import uk.safeguarding.reviews.clocks.domain.ClockUnit;
import uk.safeguarding.reviews.clocks.domain.Deadline;
import uk.safeguarding.reviews.clocks.domain.DeadlineCalculator;
import uk.safeguarding.reviews.clocks.domain.InvalidCalendarFileException;
import uk.safeguarding.reviews.clocks.domain.NoticeLedger;
import uk.safeguarding.reviews.clocks.domain.NoticeSettings;
import uk.safeguarding.reviews.clocks.domain.PartnershipCalendar;
import uk.safeguarding.reviews.clocks.domain.PolicyDefaults;
import uk.safeguarding.reviews.clocks.domain.Region;
import uk.safeguarding.reviews.clocks.domain.StartEvent;
import uk.safeguarding.reviews.kernel.Caller;
import uk.safeguarding.reviews.kernel.Forms;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.kernel.Role;
import uk.safeguarding.reviews.kernel.Texts;

/**
 * The partnership's clock rules and working-day calendar: read them, preview a change, publish a
 * change as a new version. Business managers only; every publication is audited in the partnership's
 * trail.
 */
@ApplicationScoped
@Transactional
public class ClockRulesService {

    static final String RECORD_TYPE = PartnershipTimescales.RULES_RECORD_TYPE;
    static final String CALENDAR_RECORD_TYPE = PartnershipTimescales.CALENDAR_RECORD_TYPE;
    static final String NOTICES_RECORD_TYPE = "notice-settings";

    @Inject
    private PartnershipTimescales timescales;

    @Inject
    private ClockService runningClocks;

    @Inject
    private AuditTrail audit;

    @Inject
    private NoticeLedger notices;

    @Inject
    private RoleGate roles;

    @Inject
    private Validator validator;

    @Inject
    private Clock clock;

    public ClockRulesView current() {
        roles.read(AuditAction.VIEW, RECORD_TYPE, null, "the clock rules", Role.BUSINESS_MANAGER);
        ClockRuleSet newest = timescales.newestRules();
        ClockRuleSet today = timescales.rulesInForce();
        boolean scheduled = newest.version() != today.version();
        return new ClockRulesView(today.version(), today.effectiveFrom(), today.reason(), today.createdBy(), today.rules(),
                scheduled ? newest.version() : null, scheduled ? newest.effectiveFrom() : null, newest.rules());
    }

    /** When a clock started now would be due under the proposed rule; changes nothing. */
    public Deadline preview(String key, int amount, StartEvent startEvent) {
        return preview(key, amount, startEvent, null);
    }

    /** As {@link #preview(String, int, StartEvent)}, counted in {@code unit} (null: the rule's own). */
    public Deadline preview(String key, int amount, StartEvent startEvent, ClockUnit unit) {
        roles.require(AuditAction.VIEW, RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        ClockRule proposed = proposed(timescales.newestRules(), key, amount, startEvent, unit);
        return DeadlineCalculator.dueDate(proposed, ZonedDateTime.now(clock), timescales.workingDays());
    }

    /** Publishes the change as the next version; returns its number. */
    public int publishChange(ClockRuleChangeForm form) {
        Caller caller = roles.require(AuditAction.UPDATE, RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        Forms.requireValid(validator, form);
        ClockRuleSet current = timescales.newestRules();
        ClockRule before = current.rule(form.getKey());
        ClockRule after = proposed(current, form.getKey(), form.getAmount(), form.getStartEvent(), form.getUnit())
                .withLeads(form.getReminderLead(), form.getEscalationLead());
        ClockRuleSet next = current.publishChange(after, form.getEffectiveFrom(), form.getReason(), caller.username(),
                now());
        timescales.publish(next);
        audit.allowed(AuditAction.UPDATE, RECORD_TYPE, "v" + next.version(), before.key() + ": " + before.amount() + " "
                + before.unit() + " from " + before.startEvent() + leads(before) + " -> " + after.amount() + " "
                + after.unit() + " from " + after.startEvent() + leads(after) + ", effective " + form.getEffectiveFrom() + "; " + form.getReason());
        return next.version();
    }

    public CalendarView currentCalendar() {
        roles.require(AuditAction.VIEW, CALENDAR_RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        PartnershipCalendar calendar = timescales.calendar();
        return new CalendarView(calendar.version(), calendar.region(), calendar.reason(), calendar.createdBy(),
                calendar.closures().stream().map(c -> new CalendarView.ClosureDay(c.day(), c.reason())).toList(),
                calendar.extraHolidays().stream().map(h -> new CalendarView.ClosureDay(h.day(), h.title())).toList(),
                calendar.coveredTo(BankHolidays.shipped()),
                calendar.runsOutSoon(BankHolidays.shipped(), LocalDate.now(clock)));
    }

    /** Adds a closure day as the calendar's next version; returns its number. */
    public int addClosureDay(ClosureDayForm form) {
        Caller caller = roles.require(AuditAction.UPDATE, CALENDAR_RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        Forms.requireValid(validator, form);
        return publish(timescales.calendar().withClosure(form.getDay(), form.getReason(), caller.username(), now()));
    }

    public int removeClosureDay(LocalDate day) {
        Caller caller = roles.require(AuditAction.UPDATE, CALENDAR_RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        return publish(timescales.calendar().withoutClosure(day, caller.username(), now()));
    }

    /**
     * Imports a GOV.UK bank-holidays file (https://www.gov.uk/bank-holidays.json): the days it has for
     * the partnership's region that the calendar lacks become a new calendar version, and open clocks
     * are recomputed with the reason. A file that does not parse is refused with where and why.
     */
    public int importBankHolidays(java.io.InputStream govUkJson, String why) {
        Caller caller = roles.require(AuditAction.UPDATE, CALENDAR_RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        if (why == null || why.isBlank()) {
            throw InvalidFieldException.refused("importReason", "clocks.clock-rules-service.say-why-bank-holidays-are");
        }
        try {
            BankHolidays file = BankHolidays.parseGovUkJson(govUkJson);
            return publish(timescales.calendar().withImportedHolidays(file, BankHolidays.shipped(), why.strip(),
                    caller.username(), now()));
        } catch (InvalidCalendarFileException e) {
            throw InvalidFieldException.refused("holidayFile", e.key(), e.args().toArray());
        }
    }

    public int changeRegion(Region region, String why) {
        Caller caller = roles.require(AuditAction.UPDATE, CALENDAR_RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        String reason = Texts.required("regionReason", why, "clocks.clock-rules-service.say-why-region-changes");
        return publish(timescales.calendar().withRegion(region, reason, caller.username(), now()));
    }

    /** The business unit's mailbox, where escalations go; empty until a business manager sets it. */
    public Optional<String> businessUnitEmail() {
        roles.require(AuditAction.VIEW, NOTICES_RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        return notices.settings().map(NoticeSettings::businessUnitEmail);
    }

    public void changeBusinessUnitEmail(String email) {
        changeMailboxes(email, notices.settings().map(NoticeSettings::panelEmail).orElse(null));
    }

    public Optional<String> panelEmail() {
        roles.require(AuditAction.VIEW, NOTICES_RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        return notices.settings().map(NoticeSettings::panelEmail);
    }

    /** The Virtual Panel's mailbox; needs the business unit's mailbox set first (one settings row). */
    public void changePanelEmail(String email) {
        String businessUnit = notices.settings().map(NoticeSettings::businessUnitEmail).orElseThrow(() ->
                InvalidFieldException.refused("businessUnitEmail",
                        "clocks.clock-rules-service.set-business-unit-mailbox-first"));
        changeMailboxes(businessUnit, email);
    }

    /**
     * The business unit's mailbox (escalations) and the Virtual Panel's (or none), as one change: a
     * refused address, named by its field, leaves both as they were.
     */
    public void changeMailboxes(String businessUnitEmail, String panelEmail) {
        Caller caller = roles.require(AuditAction.UPDATE, NOTICES_RECORD_TYPE, null, Role.BUSINESS_MANAGER);
        Optional<NoticeSettings> existing = notices.settings();
        String unitBefore = existing.map(NoticeSettings::businessUnitEmail).orElse("none");
        String panelBefore = existing.map(NoticeSettings::panelEmail).orElse("none");
        NoticeSettings settings = existing.orElseGet(() -> new NoticeSettings(businessUnitEmail, caller.username(), now()));
        settings.change(businessUnitEmail, caller.username(), now());
        settings.changePanelEmail(panelEmail, caller.username(), now());
        notices.saveSettings(settings);
        if (!unitBefore.equals(settings.businessUnitEmail())) {
            audit.allowed(AuditAction.UPDATE, NOTICES_RECORD_TYPE, "business-unit-email", unitBefore + " -> "
                    + settings.businessUnitEmail());
        }
        String panelAfter = settings.panelEmail() == null ? "none" : settings.panelEmail();
        if (!panelBefore.equals(panelAfter)) {
            audit.allowed(AuditAction.UPDATE, NOTICES_RECORD_TYPE, "panel-email", panelBefore + " -> " + panelAfter);
        }
    }

    /** Publishes the calendar's next version and moves every open clock onto it, recording why. */
    private int publish(PartnershipCalendar next) {
        timescales.publish(next);
        runningClocks.calendarChanged("Calendar version " + next.version() + ": " + next.reason());
        return next.version();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static String leads(ClockRule rule) {
        return " (reminder " + (rule.reminderLead() == null ? "none" : rule.reminderLead()) + ", escalation "
                + (rule.escalationLead() == null ? "none" : rule.escalationLead()) + ")";
    }

    private static ClockRule proposed(ClockRuleSet set, String key, int amount,
            StartEvent startEvent, ClockUnit unit) {
        if (!PolicyDefaults.allowedStartEvents(key).contains(startEvent)) {
            throw InvalidFieldException.refused("startEvent", "clocks.clock-rules-service.cannot-start-from", key,
                    startEvent);
        }
        ClockRule rule = set.rule(key);
        if (unit != null && unit != rule.unit()) {
            // Only the way hours are counted is a choice; a clock of days stays one of days.
            if (!unit.countsHours() || !rule.unit().countsHours()) {
                throw InvalidFieldException.refused("unit",
                        "clocks.clock-rules-service.clock-counts-choose-between-calendar", key,
                        rule.period().replaceFirst("^\\d+ ", ""));
            }
            rule = rule.withUnit(unit);
        }
        return rule.withAmount(amount).withStartEvent(startEvent);
    }
}
