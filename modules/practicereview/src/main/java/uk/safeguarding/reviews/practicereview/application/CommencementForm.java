package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import java.time.LocalDate;

/** §5.2, §8.1: the business manager records the partners' decision to commence a practice review. */
public class CommencementForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private LocalDate decidedOn;
    private boolean commissionedByNationalPanel;
    private String rationale;

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public boolean isCommissionedByNationalPanel() {
        return commissionedByNationalPanel;
    }

    public void setCommissionedByNationalPanel(boolean commissionedByNationalPanel) {
        this.commissionedByNationalPanel = commissionedByNationalPanel;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }
}
