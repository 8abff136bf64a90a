package uk.safeguarding.reviews.learning.application;

import java.io.Serializable;
import java.time.LocalDate;
import uk.safeguarding.reviews.clocks.domain.ClockUnit;

/**
 * What the business unit types on a review's action plan: an action (started from a recommendation
 * or an immediate action, or from nothing), the plan's agreement and handover, a verification or a
 * return, and the closing note.
 */
public class ActionForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String sourceKey;
    private String answers;
    private String what;
    private String owner;
    private Integer timescaleAmount;
    private ClockUnit timescaleUnit;
    private String intendedOutcome;
    private String agreedBy;
    private LocalDate agreedOn;
    private String handedOverTo;
    private String note;

    public String getSourceKey() {
        return sourceKey;
    }

    public void setSourceKey(String sourceKey) {
        this.sourceKey = sourceKey;
    }

    public String getAnswers() {
        return answers;
    }

    public void setAnswers(String answers) {
        this.answers = answers;
    }

    public String getWhat() {
        return what;
    }

    public void setWhat(String what) {
        this.what = what;
    }

    /** The responsible person as the page offers them: their agency's id and their sign-in name. */
    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public Integer getTimescaleAmount() {
        return timescaleAmount;
    }

    public void setTimescaleAmount(Integer timescaleAmount) {
        this.timescaleAmount = timescaleAmount;
    }

    public ClockUnit getTimescaleUnit() {
        return timescaleUnit;
    }

    public void setTimescaleUnit(ClockUnit timescaleUnit) {
        this.timescaleUnit = timescaleUnit;
    }

    public String getIntendedOutcome() {
        return intendedOutcome;
    }

    public void setIntendedOutcome(String intendedOutcome) {
        this.intendedOutcome = intendedOutcome;
    }

    public String getAgreedBy() {
        return agreedBy;
    }

    public void setAgreedBy(String agreedBy) {
        this.agreedBy = agreedBy;
    }

    public LocalDate getAgreedOn() {
        return agreedOn;
    }

    public void setAgreedOn(LocalDate agreedOn) {
        this.agreedOn = agreedOn;
    }

    public String getHandedOverTo() {
        return handedOverTo;
    }

    public void setHandedOverTo(String handedOverTo) {
        this.handedOverTo = handedOverTo;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
