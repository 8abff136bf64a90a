package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import uk.safeguarding.reviews.practicereview.domain.ReportSignOff;

/** A statutory partner's answer on the agreed report (§8.3), or the Safeguarding Executive's decision on a decline. */
public class SignOffForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String partner;
    private ReportSignOff.Answer answer;
    private String reason;
    private ReportSignOff.ExecutiveDecision decision;
    private String executiveReason;

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public ReportSignOff.Answer getAnswer() {
        return answer;
    }

    public void setAnswer(ReportSignOff.Answer answer) {
        this.answer = answer;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public ReportSignOff.ExecutiveDecision getDecision() {
        return decision;
    }

    public void setDecision(ReportSignOff.ExecutiveDecision decision) {
        this.decision = decision;
    }

    public String getExecutiveReason() {
        return executiveReason;
    }

    public void setExecutiveReason(String executiveReason) {
        this.executiveReason = executiveReason;
    }
}
