package uk.safeguarding.reviews.clocks.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import uk.safeguarding.reviews.clocks.domain.ClockUnit;
import uk.safeguarding.reviews.clocks.domain.StartEvent;

/** A business manager's change to one clock; keeps whatever was typed. Messages: ContributorValidationMessages.properties. */
public class ClockRuleChangeForm implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{clocks.key.required}")
    private String key;

    @NotNull(message = "{clocks.amount.required}")
    @Min(value = 1, message = "{clocks.amount.min}")
    @Max(value = 999, message = "{clocks.amount.max}")
    private Integer amount;

    @NotNull(message = "{clocks.startEvent.required}")
    private StartEvent startEvent;

    /** For a clock counted in hours: calendar hours or working hours (issue 15); empty keeps the rule's own. */
    private ClockUnit unit;

    /** Hours (hour clocks) or working days before the due time; empty for no reminder. */
    @Min(value = 0, message = "{clocks.lead.min}")
    @Max(value = 999, message = "{clocks.amount.max}")
    private Integer reminderLead;

    /** Hours (hour clocks) or working days after the due time; empty for no escalation. */
    @Min(value = 0, message = "{clocks.lead.min}")
    @Max(value = 999, message = "{clocks.amount.max}")
    private Integer escalationLead;

    @NotNull(message = "{clocks.effectiveFrom.required}")
    private LocalDate effectiveFrom;

    @NotBlank(message = "{clocks.reason.required}")
    @Size(max = 1000, message = "{clocks.reason.tooLong}")
    private String reason;

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public Integer getAmount() {
        return amount;
    }

    public void setAmount(Integer amount) {
        this.amount = amount;
    }

    public ClockUnit getUnit() {
        return unit;
    }

    public void setUnit(ClockUnit unit) {
        this.unit = unit;
    }

    public StartEvent getStartEvent() {
        return startEvent;
    }

    public void setStartEvent(StartEvent startEvent) {
        this.startEvent = startEvent;
    }

    public Integer getReminderLead() {
        return reminderLead;
    }

    public void setReminderLead(Integer reminderLead) {
        this.reminderLead = reminderLead;
    }

    public Integer getEscalationLead() {
        return escalationLead;
    }

    public void setEscalationLead(Integer escalationLead) {
        this.escalationLead = escalationLead;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
