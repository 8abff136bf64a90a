package uk.safeguarding.reviews.learning.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.safeguarding.reviews.learning.domain.PlanVerification;

/** Document 14 as typed: one row per action, then the judgement of the whole. */
public class VerificationForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One action's row. */
    public static class Item implements Serializable {
        private static final long serialVersionUID = 1L;

        private String actionId;
        private PlanVerification.Answer addressed;
        private PlanVerification.Answer embedded;
        private String evidence;

        public Item() {
        }

        public Item(String actionId) {
            this.actionId = actionId;
        }

        public String getActionId() {
            return actionId;
        }

        public void setActionId(String actionId) {
            this.actionId = actionId;
        }

        public PlanVerification.Answer getAddressed() {
            return addressed;
        }

        public void setAddressed(PlanVerification.Answer addressed) {
            this.addressed = addressed;
        }

        public PlanVerification.Answer getEmbedded() {
            return embedded;
        }

        public void setEmbedded(PlanVerification.Answer embedded) {
            this.embedded = embedded;
        }

        public String getEvidence() {
            return evidence;
        }

        public void setEvidence(String evidence) {
            this.evidence = evidence;
        }
    }

    private List<Item> items = new ArrayList<>();
    private String scrutinisedBy;
    private LocalDate verifiedOn;
    private PlanVerification.Judgement judgement;
    private String summary;
    private LocalDate recheckOn;

    public List<Item> getItems() {
        return items;
    }

    public void setItems(List<Item> items) {
        this.items = items;
    }

    public String getScrutinisedBy() {
        return scrutinisedBy;
    }

    public void setScrutinisedBy(String scrutinisedBy) {
        this.scrutinisedBy = scrutinisedBy;
    }

    public LocalDate getVerifiedOn() {
        return verifiedOn;
    }

    public void setVerifiedOn(LocalDate verifiedOn) {
        this.verifiedOn = verifiedOn;
    }

    public PlanVerification.Judgement getJudgement() {
        return judgement;
    }

    public void setJudgement(PlanVerification.Judgement judgement) {
        this.judgement = judgement;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public LocalDate getRecheckOn() {
        return recheckOn;
    }

    public void setRecheckOn(LocalDate recheckOn) {
        this.recheckOn = recheckOn;
    }
}
