package uk.safeguarding.reviews.web.clocks;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.safeguarding.reviews.clocks.application.CalendarView;
import uk.safeguarding.reviews.clocks.application.ClockRuleChangeForm;
import uk.safeguarding.reviews.clocks.application.ClosureDayForm;
import uk.safeguarding.reviews.clocks.application.ClockRulesService;
import uk.safeguarding.reviews.clocks.application.ClockRulesView;
import uk.safeguarding.reviews.clocks.domain.ClockRule;
import uk.safeguarding.reviews.clocks.domain.ClockUnit;
import uk.safeguarding.reviews.clocks.domain.DateOutsideCalendarException;
import uk.safeguarding.reviews.clocks.domain.Deadline;
import uk.safeguarding.reviews.clocks.domain.PolicyDefaults;
import uk.safeguarding.reviews.clocks.domain.Region;
import uk.safeguarding.reviews.clocks.domain.StartEvent;
import uk.safeguarding.reviews.kernel.AccessDeniedException;
import uk.safeguarding.reviews.kernel.InvalidFieldException;
import uk.safeguarding.reviews.web.shell.Messages;
import uk.safeguarding.reviews.web.shell.Pages;

/** "Clock rules": the partnership's clocks and working-day calendar, and changes with a live preview. */
@Named
@ViewScoped
public class ClockSettings implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'on' EEEE d MMMM yyyy", Locale.UK);

    @Inject
    private ClockRulesService clocks;

    @Inject
    private Clock clock;

    private ClockRulesView rules;
    private String businessUnitEmail;
    private String panelEmail;
    private transient jakarta.servlet.http.Part holidayFile;
    private String importReason;
    private CalendarView calendar;
    private final ClockRuleChangeForm form = new ClockRuleChangeForm();
    private final ClosureDayForm closure = new ClosureDayForm();
    private Region region;
    private String regionReason;
    private String preview;

    /** View action: loads before rendering, so a refusal is a clean 403. */
    public void load() {
        try {
            rules = clocks.current();
            calendar = clocks.currentCalendar();
            if (businessUnitEmail == null) {
                businessUnitEmail = clocks.businessUnitEmail().orElse(null);
                panelEmail = clocks.panelEmail().orElse(null);
            }
            if (region == null) {
                region = calendar.region();
            }
            if (form.getKey() == null) {
                choose("rapid-review");
            }
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        }
    }

    public void onClockChosen() {
        choose(form.getKey());
    }

    public void refreshPreview() {
        Integer amount = form.getAmount();
        if (amount == null || amount < 1 || form.getStartEvent() == null) {
            preview = null;
            return;
        }
        Deadline deadline;
        try {
            deadline = clocks.preview(form.getKey(), amount, form.getStartEvent(), form.getUnit());
        } catch (DateOutsideCalendarException e) {
            preview = e.getMessage();
            return;
        }
        String when = deadline.rule().unit().countsHours() ? TIME.format(deadline.dueBy())
                : DAY.format(deadline.dueDay());
        preview = Messages.text("clocks.preview", Messages.text("clocks.start." + form.getStartEvent().name()),
                Messages.text("clocks.rule." + form.getKey()), when, amount,
                Messages.text("clocks.unit." + deadline.rule().unit().name()));
    }

    public String save() {
        try {
            int version = clocks.publishChange(form);
            Messages.info("clocks.saved", version);
            return "/app/settings/clocks?faces-redirect=true";
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        } catch (ConstraintViolationException e) {
            Messages.besideFields("change", e);
        } catch (InvalidFieldException e) {
            Messages.besideFieldOr("change", e, "save");
        }
        return null;
    }

    public String addClosureDay() {
        return publishCalendarChange(() -> clocks.addClosureDay(closure), "closure");
    }

    public String removeClosureDay(LocalDate day) {
        return publishCalendarChange(() -> clocks.removeClosureDay(day), "closures");
    }

    public String changeRegion() {
        return publishCalendarChange(() -> clocks.changeRegion(region, regionReason), "calendar");
    }

    /** A refusal goes beside the field it names in {@code formId}, or to the top of the page. */
    private String publishCalendarChange(java.util.function.IntSupplier change, String formId) {
        try {
            Messages.info("clocks.calendar.saved", change.getAsInt());
            return "/app/settings/clocks?faces-redirect=true";
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        } catch (ConstraintViolationException e) {
            Messages.besideFields(formId, e);
        } catch (InvalidFieldException e) {
            Messages.besideFieldOr(formId, e, "submit");
        }
        return null;
    }

    public String importBankHolidays() {
        if (holidayFile == null || holidayFile.getSize() == 0) {
            Messages.errorFor("holidays:holidayFile", Messages.text("clocks.import.fileRequired"));
            return null;
        }
        try (java.io.InputStream in = holidayFile.getInputStream()) {
            Messages.info("clocks.calendar.saved", clocks.importBankHolidays(in, importReason));
            return "/app/settings/clocks?faces-redirect=true";
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        } catch (uk.safeguarding.reviews.kernel.InvalidFieldException e) {
            Messages.besideField("holidays", e);
        } catch (java.io.IOException e) {
            Messages.errorFor("holidays:holidayFile", Messages.text("clocks.import.unreadable"));
        }
        return null;
    }

    public String getPanelEmail() {
        return panelEmail;
    }

    public void setPanelEmail(String panelEmail) {
        this.panelEmail = panelEmail;
    }

    public jakarta.servlet.http.Part getHolidayFile() {
        return holidayFile;
    }

    public void setHolidayFile(jakarta.servlet.http.Part holidayFile) {
        this.holidayFile = holidayFile;
    }

    public String getImportReason() {
        return importReason;
    }

    public void setImportReason(String importReason) {
        this.importReason = importReason;
    }

    /** Both mailboxes in one transaction: a refused address saves neither. */
    public String changeBusinessUnitEmail() {
        try {
            clocks.changeMailboxes(businessUnitEmail, panelEmail);
            Messages.info("clocks.mailbox.saved");
            return "/app/settings/clocks?faces-redirect=true";
        } catch (AccessDeniedException e) {
            Pages.forbidden();
        } catch (uk.safeguarding.reviews.kernel.InvalidFieldException e) {
            Messages.errorFor("mailbox:" + e.field(), Messages.text("clocks.mailbox.invalid"));
        }
        return null;
    }

    /** A change builds on the newest version (which may be scheduled), so the form starts from it. */
    private void choose(String key) {
        ClockRule rule = rules.newestRules().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
        form.setKey(key);
        form.setAmount(rule.amount());
        form.setStartEvent(rule.startEvent());
        form.setUnit(rule.unit());
        form.setReminderLead(rule.reminderLead());
        form.setEscalationLead(rule.escalationLead());
        if (form.getEffectiveFrom() == null) {
            form.setEffectiveFrom(LocalDate.now(clock));
        }
        refreshPreview();
    }

    public String getBusinessUnitEmail() {
        return businessUnitEmail;
    }

    public void setBusinessUnitEmail(String businessUnitEmail) {
        this.businessUnitEmail = businessUnitEmail;
    }

    /** Whether the chosen clock counts hours, and so may count them on the calendar or on working days only. */
    public boolean isCountsHours() {
        return form.getUnit() != null && form.getUnit().countsHours();
    }

    /** The two ways of counting an hour clock (issue 15), calendar hours first. */
    public List<ClockUnit> getHourUnits() {
        return List.of(ClockUnit.HOURS, ClockUnit.WORKING_HOURS);
    }

    /** "hours" for an hour clock, else "working days": the unit lead times count in. */
    public String getLeadUnit() {
        ClockRule rule = form.getKey() == null ? null
                : rules.newestRules().stream().filter(r -> r.key().equals(form.getKey())).findFirst().orElse(null);
        return Messages.text(rule != null && rule.leadInHours() ? "clocks.unit.HOURS" : "clocks.unit.WORKING_DAYS");
    }

    public ClockRulesView getRules() {
        return rules;
    }

    public CalendarView getCalendar() {
        return calendar;
    }

    public ClosureDayForm getClosure() {
        return closure;
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public String getRegionReason() {
        return regionReason;
    }

    public void setRegionReason(String regionReason) {
        this.regionReason = regionReason;
    }

    public Region[] getRegions() {
        return Region.values();
    }

    public ClockRuleChangeForm getForm() {
        return form;
    }

    public String getPreview() {
        return preview;
    }

    public List<StartEvent> getStartEvents() {
        return form.getKey() == null ? List.of() : PolicyDefaults.allowedStartEvents(form.getKey());
    }

    public List<String> getClockKeys() {
        return PolicyDefaults.RULES_2019.stream().map(ClockRule::key).toList();
    }
}
