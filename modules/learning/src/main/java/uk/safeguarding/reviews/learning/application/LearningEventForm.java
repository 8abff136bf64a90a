package uk.safeguarding.reviews.learning.application;

import java.io.Serializable;
import java.time.LocalDate;
import uk.safeguarding.reviews.learning.domain.LearningEvent;

/** A learning product, event or session as the business unit types it (§9, §10.3 h). */
public class LearningEventForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private LearningEvent.Kind kind;
    private String title;
    private LocalDate heldOn;
    private String audience;
    private String wentTo;
    private Integer attended;

    LearningEvent.Details details() {
        return new LearningEvent.Details(kind, title, heldOn, audience, wentTo, attended);
    }

    public LearningEvent.Kind getKind() {
        return kind;
    }

    public void setKind(LearningEvent.Kind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public String getWentTo() {
        return wentTo;
    }

    public void setWentTo(String wentTo) {
        this.wentTo = wentTo;
    }

    public Integer getAttended() {
        return attended;
    }

    public void setAttended(Integer attended) {
        this.attended = attended;
    }
}
