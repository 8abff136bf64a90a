package uk.safeguarding.reviews.practicereview.application;

import java.io.Serializable;
import uk.safeguarding.reviews.practicereview.domain.AgencyReviewRound;

/**
 * What the business unit types on an individual agency review (§4.2 table): the agency asked, its
 * lead and what to look at; later the scrutiny of the lessons the agency sent.
 */
public class AgencyReviewForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String agencyId;
    private String leadName;
    private String leadEmail;
    private String focus;
    private AgencyReviewRound.Judgement judgement;
    private String note;

    public String getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(String agencyId) {
        this.agencyId = agencyId;
    }

    public String getLeadName() {
        return leadName;
    }

    public void setLeadName(String leadName) {
        this.leadName = leadName;
    }

    public String getLeadEmail() {
        return leadEmail;
    }

    public void setLeadEmail(String leadEmail) {
        this.leadEmail = leadEmail;
    }

    public String getFocus() {
        return focus;
    }

    public void setFocus(String focus) {
        this.focus = focus;
    }

    public AgencyReviewRound.Judgement getJudgement() {
        return judgement;
    }

    public void setJudgement(AgencyReviewRound.Judgement judgement) {
        this.judgement = judgement;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
